using ZorgzameBuurt.Sim.Scenarios.Mapping;
using ZorgzameBuurt.Sim.Scenarios.Reflection;

namespace ZorgzameBuurt.Sim.Scenarios;

/// <summary>Lists every numeric parameter under a spec type by reflection, for sweeps, sensitivity analysis and docs.</summary>
public static class ScenarioParameters
{
    /// <summary>
    /// Every numeric property carrying a [Parameter] under <paramref name="root"/> (e.g. typeof(ScenarioSpec)),
    /// in declaration order, with its path as accepted by <see cref="ScenarioOverrides.TrySet"/>.
    /// </summary>
    public static IReadOnlyList<ScenarioParameter> Enumerate(Type root)
    {
        var result = new List<ScenarioParameter>();
        Collect(root, "", result, [root]);
        return result;
    }

    private static void Collect(Type type, string path, List<ScenarioParameter> result, HashSet<Type> open)
    {
        object? defaults = null;
        foreach (var property in SpecType.Of(type).Properties)
        {
            var childPath = FieldPath.Child(path, property.Name);
            var shape = property.Shape;
            if (shape.IsNumeric && property.Parameter is not null)
            {
                defaults ??= Activator.CreateInstance(type);
                var value = property.Get(defaults!);
                result.Add(new ScenarioParameter(childPath, property.Parameter, shape.Type, value is null ? double.NaN : NumberText.ToDouble(value)));
                continue;
            }

            while (shape.Kind is ShapeKind.List or ShapeKind.Dictionary)
            {
                childPath += "[*]";
                shape = shape.Element!;
            }

            if (shape.Kind == ShapeKind.Object && open.Add(shape.Type))
            {
                Collect(shape.Type, childPath, result, open);
                open.Remove(shape.Type);
            }
        }
    }
}
