namespace ZorgzameBuurt.Sim.Scenarios.Mapping;

/// <summary>
/// Where each field was written in a file: the value for a scalar, the key for a mapping or list, the item
/// for a list item. A field that was not written (a default) is located at the nearest written parent.
/// </summary>
internal sealed class SourceMap(string file)
{
    private readonly Dictionary<string, (int Line, int Column)> marks = new(StringComparer.Ordinal);

    public void Record(string field, int line, int column) => marks[field] = (line, column);

    public ScenarioProblem Problem(string field, string message)
    {
        var path = field;
        while (true)
        {
            if (marks.TryGetValue(path, out var mark))
            {
                return new ScenarioProblem(file, mark.Line, mark.Column, field, message);
            }

            if (path.Length == 0)
            {
                return new ScenarioProblem(file, 1, 1, field, message);
            }

            path = FieldPath.Parent(path);
        }
    }
}
