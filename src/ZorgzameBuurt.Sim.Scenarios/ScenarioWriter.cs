using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ZorgzameBuurt.Sim.Scenarios.Reflection;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios;

/// <summary>
/// Writes a scenario as canonical YAML: every property in declaration order, text double-quoted, numbers in
/// shortest round-trip form, dictionary keys sorted, '\n' line ends. The loader reads it back to an equal spec,
/// and <see cref="ScenarioHash"/> hashes it.
/// </summary>
public static class ScenarioWriter
{
    public static string ToYaml(ScenarioSpec spec)
    {
        var text = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(text, new EmitterSettings().WithBestWidth(int.MaxValue).WithBestIndent(2));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Write(emitter, spec, ScenarioLoader.SpecShape);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void Write(IEmitter emitter, object? value, Shape shape)
    {
        if (value is null)
        {
            emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
            return;
        }

        switch (shape.Kind)
        {
            case ShapeKind.Text:
                emitter.Emit(new Scalar(null, null, (string)value, ScalarStyle.DoubleQuoted, false, true));
                break;
            case ShapeKind.List:
                var items = Collections.Items(value).ToList();
                emitter.Emit(new SequenceStart(null, null, true, items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in items)
                {
                    Write(emitter, item, shape.Element!);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case ShapeKind.Dictionary:
                var entries = Collections.Entries(value).ToList();
                emitter.Emit(new MappingStart(null, null, true, entries.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, item) in entries)
                {
                    emitter.Emit(new Scalar(null, null, key, ScalarStyle.DoubleQuoted, false, true));
                    Write(emitter, item, shape.Element!);
                }

                emitter.Emit(new MappingEnd());
                break;
            case ShapeKind.Object:
                var properties = SpecType.Of(shape.Type).Properties;
                emitter.Emit(new MappingStart(null, null, true, properties.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var property in properties)
                {
                    emitter.Emit(new Scalar(property.Name));
                    Write(emitter, property.Get(value), property.Shape);
                }

                emitter.Emit(new MappingEnd());
                break;
            default:
                emitter.Emit(new Scalar(null, null, NumberText.Format(value), ScalarStyle.Plain, true, false));
                break;
        }
    }
}
