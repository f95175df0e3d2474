using System.Reflection;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios.Reflection;

/// <summary>One scenario property: its YAML name, shape, [Parameter] range and how to read and write it.</summary>
internal sealed class SpecProperty(PropertyInfo info, string name, Shape shape, ParameterAttribute? parameter)
{
    public PropertyInfo Info { get; } = info;

    /// <summary>snake_case YAML key.</summary>
    public string Name { get; } = name;

    public Shape Shape { get; } = shape;

    public ParameterAttribute? Parameter { get; } = parameter;

    /// <summary>False for a get-only collection or object, which is filled in place.</summary>
    public bool CanWrite => Info.SetMethod is { IsPublic: true };

    public object? Get(object owner) => Info.GetValue(owner);

    /// <summary>Stores a value; a get-only collection is cleared and refilled, a get-only object is already filled.</summary>
    public void Set(object owner, object? value)
    {
        if (CanWrite)
        {
            Info.SetValue(owner, value);
            return;
        }

        var current = Info.GetValue(owner);
        if (ReferenceEquals(current, value) || current is null)
        {
            return;
        }

        Collections.CopyInto(current, value, Shape);
    }
}
