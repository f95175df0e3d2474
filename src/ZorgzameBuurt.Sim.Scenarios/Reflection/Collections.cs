using System.Collections;

namespace ZorgzameBuurt.Sim.Scenarios.Reflection;

/// <summary>Creates, reads and fills the list and dictionary types a scenario may use.</summary>
internal static class Collections
{
    /// <summary>A list value of the declared type (an array for T[], otherwise List&lt;T&gt;).</summary>
    public static object CreateList(Shape shape, IReadOnlyList<object?> items)
    {
        var elementType = shape.Element!.Type;
        var itemType = shape.Element.AllowsNull && elementType.IsValueType ? typeof(Nullable<>).MakeGenericType(elementType) : elementType;
        if (shape.Type.IsArray)
        {
            var array = Array.CreateInstance(itemType, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(items[i], i);
            }

            return array;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>A Dictionary&lt;string, T&gt; with the comparer of <paramref name="like"/> (ordinal if none).</summary>
    public static IDictionary CreateDictionary(Shape shape, object? like)
    {
        var valueType = shape.Element!.AllowsNull && shape.Element.Type.IsValueType
            ? typeof(Nullable<>).MakeGenericType(shape.Element.Type)
            : shape.Element.Type;
        var dictionaryType = typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType);
        var comparer = like?.GetType().GetProperty("Comparer")?.GetValue(like) ?? StringComparer.Ordinal;
        return (IDictionary)Activator.CreateInstance(dictionaryType, comparer)!;
    }

    public static IEnumerable<object?> Items(object list) => ((IEnumerable)list).Cast<object?>();

    /// <summary>Dictionary entries sorted by key (ordinal), so dumps are canonical.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> Entries(object dictionary)
    {
        var pairs = new List<KeyValuePair<string, object?>>();
        foreach (DictionaryEntry entry in (IDictionary)dictionary)
        {
            pairs.Add(new KeyValuePair<string, object?>((string)entry.Key, entry.Value));
        }

        pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return pairs;
    }

    /// <summary>Replaces the contents of a get-only list or dictionary with those of <paramref name="source"/>.</summary>
    public static void CopyInto(object target, object? source, Shape shape)
    {
        switch (target)
        {
            case IList list when shape.Kind == ShapeKind.List:
                list.Clear();
                if (source is not null)
                {
                    foreach (var item in Items(source))
                    {
                        list.Add(item);
                    }
                }

                break;
            case IDictionary dictionary when shape.Kind == ShapeKind.Dictionary:
                dictionary.Clear();
                if (source is not null)
                {
                    foreach (DictionaryEntry entry in (IDictionary)source)
                    {
                        dictionary.Add(entry.Key, entry.Value);
                    }
                }

                break;
            default:
                if (source is not null)
                {
                    foreach (var property in SpecType.Of(shape.Type).Properties)
                    {
                        property.Set(target, property.Get(source));
                    }
                }

                break;
        }
    }
}
