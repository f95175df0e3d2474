using System.Collections;
using ZorgzameBuurt.Sim.Scenarios.Reflection;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios.Mapping;

/// <summary>A place in a spec tree that holds one value: a property, a list item or a dictionary entry.</summary>
internal sealed class Slot
{
    private readonly Func<object?> get;
    private readonly Action<object?> set;

    private Slot(string path, Shape shape, ParameterAttribute? parameter, Func<object?> get, Action<object?> set)
    {
        Path = path;
        Shape = shape;
        Parameter = parameter;
        this.get = get;
        this.set = set;
    }

    /// <summary>Canonical dotted snake_case path.</summary>
    public string Path { get; }

    public Shape Shape { get; }

    public ParameterAttribute? Parameter { get; }

    public object? Get() => get();

    public void Set(object? value) => set(value);

    public static Slot Property(object owner, SpecProperty property, string path) =>
        new(path, property.Shape, property.Parameter, () => property.Get(owner), v => property.Set(owner, v));

    public static Slot Item(IList list, int index, Shape element, string path) =>
        new(path, element, null, () => list[index], v => list[index] = v);

    public static Slot Entry(IDictionary dictionary, string key, Shape element, string path) =>
        new(path, element, null, () => dictionary.Contains(key) ? dictionary[key] : null, v => dictionary[key] = v);
}
