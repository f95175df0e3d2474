using System.Collections;
using ZorgzameBuurt.Sim.Scenarios.Reflection;

namespace ZorgzameBuurt.Sim.Scenarios.Mapping;

/// <summary>
/// Finds the slots an override path points at. <c>[*]</c> yields every item. With <c>createMissing</c> a null
/// object on the way (e.g. <c>space.barrier</c>) is created with its defaults; otherwise the path fails.
/// </summary>
internal static class SlotResolver
{
    public static IReadOnlyList<Slot>? Resolve(object root, IReadOnlyList<PathToken> tokens, bool createMissing, out string field, out string? error)
    {
        error = null;
        field = "";
        var current = new List<(object Value, Shape Shape, string Path)> { (root, Shape.Of(root.GetType(), null, root.GetType().Name), "") };
        List<Slot> slots = [];
        for (var t = 0; t < tokens.Count; t++)
        {
            slots = [];
            foreach (var (value, shape, path) in current)
            {
                if (!Step(value, shape, path, tokens[t], slots, out field, out error))
                {
                    return null;
                }
            }

            if (t == tokens.Count - 1)
            {
                break;
            }

            current = [];
            foreach (var slot in slots)
            {
                var value = slot.Get();
                if (value is null && createMissing && slot.Shape.Kind == ShapeKind.Object)
                {
                    value = Activator.CreateInstance(slot.Shape.Type)!;
                    slot.Set(value);
                }

                if (value is null)
                {
                    field = slot.Path;
                    error = "is not set, so nothing inside it can be set";
                    return null;
                }

                current.Add((value, slot.Shape, slot.Path));
            }
        }

        if (slots.Count > 0)
        {
            field = slots[0].Path;
        }

        return slots;
    }

    private static bool Step(object value, Shape shape, string path, PathToken token, List<Slot> slots, out string field, out string? error)
    {
        error = null;
        field = path;
        switch (shape.Kind)
        {
            case ShapeKind.Object when token.Key is not null:
                var type = SpecType.Of(shape.Type);
                var property = type.Find(token.Key);
                field = FieldPath.Child(path, token.Key);
                if (property is null)
                {
                    error = $"unknown key '{token.Key}'{DidYouMean.Hint(token.Key, type.Names.ToArray())}";
                    return false;
                }

                slots.Add(Slot.Property(value, property, field));
                return true;
            case ShapeKind.List when token.Key is null:
                var list = (IList)value;
                if (token.IsWildcard)
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        slots.Add(Slot.Item(list, i, shape.Element!, FieldPath.Item(path, i)));
                    }

                    return true;
                }

                field = FieldPath.Item(path, token.Index);
                if (token.Index >= list.Count)
                {
                    error = $"index {token.Index} is out of range; the list has {list.Count} item{(list.Count == 1 ? "" : "s")}";
                    return false;
                }

                slots.Add(Slot.Item(list, token.Index, shape.Element!, field));
                return true;
            case ShapeKind.Dictionary when token.IsWildcard:
                foreach (var (key, _) in Collections.Entries(value))
                {
                    slots.Add(Slot.Entry((IDictionary)value, key, shape.Element!, FieldPath.Child(path, key)));
                }

                return true;
            case ShapeKind.Dictionary when token.Key is not null || token.Index >= 0:
                var entryKey = token.Key ?? token.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                field = FieldPath.Child(path, entryKey);
                slots.Add(Slot.Entry((IDictionary)value, entryKey, shape.Element!, field));
                return true;
            default:
                error = shape.Kind switch
                {
                    ShapeKind.List => "is a list; select an item with [index] or [*]",
                    ShapeKind.Object => "has keys, not items; use .key",
                    _ => "is a single value; nothing lies inside it",
                };
                return false;
        }
    }
}
