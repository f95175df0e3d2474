using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ZorgzameBuurt.Sim.Scenarios.Mapping;

/// <summary>
/// Parses YAML text into documents; a syntax error becomes a problem with its position. Nesting deeper than
/// <see cref="MaxDepth"/> and more than <see cref="MaxAliases"/> aliases are refused while reading, before the
/// recursive document loader could run out of stack.
/// </summary>
internal static class YamlText
{
    /// <summary>Deepest nesting of lists and maps accepted; a scenario needs about six.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most aliases (<c>*name</c>) accepted in one file.</summary>
    public const int MaxAliases = 1000;

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
        catch (TooComplexException e)
        {
            error = new MappingProblem((int)e.At.Line, (int)e.At.Column, "", e.Message);
            return null;
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

    /// <summary>Nesting or aliasing beyond the limits, at the event that crossed them.</summary>
    private sealed class TooComplexException(Mark at, string message) : Exception(message)
    {
        public Mark At { get; } = at;
    }

    /// <summary>Remembers where the last event ended, for errors that carry no position; enforces the depth and alias limits.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        private int _depth;
        private int _aliases;

        public Mark LastEnd { get; private set; } = new(0, 1, 1);

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is not { } current)
            {
                return moved;
            }

            LastEnd = current.End;
            switch (current)
            {
                case SequenceStart or MappingStart when ++_depth > MaxDepth:
                    throw new TooComplexException(current.Start, $"nested more than {MaxDepth} levels deep; a scenario needs only a few levels (is a bracket or indent repeated?)");
                case SequenceEnd or MappingEnd:
                    _depth--;
                    break;
                case AnchorAlias when ++_aliases > MaxAliases:
                    throw new TooComplexException(current.Start, $"more than {MaxAliases} aliases (*name); write the values out");
            }

            return moved;
        }
    }
}
