using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ZorgzameBuurt.Sim.Scenarios.Mapping;

/// <summary>Parses YAML text into documents; a syntax error becomes a problem with its position.</summary>
internal static class YamlText
{
    public static IReadOnlyList<YamlDocument>? Parse(string text, out MappingProblem? error)
    {
        error = null;
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.ToList();
        }
        catch (YamlException e)
        {
            error = new MappingProblem((int)e.Start.Line, (int)e.Start.Column, "", Describe(e));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet occasionally fails without a YamlException (e.g. an unclosed flow list); report where parsing stopped.
            error = new MappingProblem((int)parser.LastEnd.Line, (int)parser.LastEnd.Column, "", "syntax error: malformed YAML after this point (an unclosed bracket, brace or quote?)");
            return null;
        }
    }

    private static string Describe(YamlException e)
    {
        var message = e.Message.Trim();
        if (message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            return $"duplicate key '{message["Duplicate key".Length..].Trim()}'";
        }

        if (message.Length > 0)
        {
            message = char.ToLowerInvariant(message[0]) + message[1..];
        }

        return $"syntax error: {message}";
    }

    /// <summary>Remembers where the last event ended, for errors that carry no position.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastEnd { get; private set; } = new(0, 1, 1);

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is not null)
            {
                LastEnd = inner.Current.End;
            }

            return moved;
        }
    }
}
