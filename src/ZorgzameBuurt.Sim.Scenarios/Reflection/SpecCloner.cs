namespace ZorgzameBuurt.Sim.Scenarios.Reflection;

/// <summary>Deep copy of a spec tree by reflection (objects, lists and dictionaries are copied; scalars shared).</summary>
internal static class SpecCloner
{
    public static T Clone<T>(T spec)
        where T : class => (T)CloneValue(spec, Shape.Of(typeof(T), null, typeof(T).Name))!;

    private static object? CloneValue(object? value, Shape shape)
    {
        if (value is null || shape.IsScalar)
        {
            return value;
        }

        switch (shape.Kind)
        {
            case ShapeKind.List:
                return Collections.CreateList(shape, Collections.Items(value).Select(item => CloneValue(item, shape.Element!)).ToList());
            case ShapeKind.Dictionary:
                var dictionary = Collections.CreateDictionary(shape, value);
                foreach (var (key, item) in Collections.Entries(value))
                {
                    dictionary[key] = CloneValue(item, shape.Element!);
                }

                return dictionary;
            default:
                var copy = Activator.CreateInstance(value.GetType())!;
                foreach (var property in SpecType.Of(value.GetType()).Properties)
                {
                    property.Set(copy, CloneValue(property.Get(value), property.Shape));
                }

                return copy;
        }
    }
}
