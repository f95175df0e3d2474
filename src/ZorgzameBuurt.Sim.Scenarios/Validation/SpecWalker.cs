using ZorgzameBuurt.Sim.Scenarios.Mapping;
using ZorgzameBuurt.Sim.Scenarios.Reflection;

namespace ZorgzameBuurt.Sim.Scenarios.Validation;

/// <summary>Visits every property value of a spec tree by reflection, with its field path.</summary>
internal static class SpecWalker
{
    /// <summary>Calls <paramref name="visit"/>(path, property, value) for every property, depth first.</summary>
    public static void Walk(object root, Action<string, SpecProperty, object?> visit) => WalkObject(root, "", visit, 0);

    private static void WalkObject(object target, string path, Action<string, SpecProperty, object?> visit, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        foreach (var property in SpecType.Of(target.GetType()).Properties)
        {
            var childPath = FieldPath.Child(path, property.Name);
            var value = property.Get(target);
            visit(childPath, property, value);
            WalkValue(value, property.Shape, childPath, visit, depth + 1);
        }
    }

    private static void WalkValue(object? value, Shape shape, string path, Action<string, SpecProperty, object?> visit, int depth)
    {
        if (value is null)
        {
            return;
        }

        switch (shape.Kind)
        {
            case ShapeKind.Object:
                WalkObject(value, path, visit, depth);
                break;
            case ShapeKind.List when shape.Element!.Kind is ShapeKind.Object or ShapeKind.List or ShapeKind.Dictionary:
                var index = 0;
                foreach (var item in Collections.Items(value))
                {
                    WalkValue(item, shape.Element, FieldPath.Item(path, index++), visit, depth);
                }

                break;
            case ShapeKind.Dictionary when shape.Element!.Kind is ShapeKind.Object or ShapeKind.List or ShapeKind.Dictionary:
                foreach (var (key, item) in Collections.Entries(value))
                {
                    WalkValue(item, shape.Element, FieldPath.Child(path, key), visit, depth);
                }

                break;
        }
    }
}
