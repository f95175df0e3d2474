using System.Globalization;
using System.Text;

namespace ZorgzameBuurt.Sim.Experiments.Storage;

/// <summary>
/// Writes RFC 4180 CSV: comma-separated, CRLF line ends, a field holding a comma, double quote, CR or LF is
/// enclosed in double quotes with inner quotes doubled. Numbers use the invariant culture and round-trip
/// ("R"); NaN is written as NaN and infinities as Inf / -Inf, which R and pandas both read. UTF-8, no BOM.
/// The file is written to a temporary name and moved into place, so a reader never sees half a file.
/// </summary>
internal sealed class Csv : IDisposable
{
    private readonly string _path;
    private readonly string _temp;
    private readonly StreamWriter _writer;
    private bool _startOfLine = true;
    private bool _committed;

    internal Csv(string path)
    {
        _path = path;
        _temp = path + ".tmp";
        _writer = new StreamWriter(_temp, false, new UTF8Encoding(false)) { NewLine = "\r\n" };
    }

    internal static string Escape(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) return field;
        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    internal static string Format(double value) =>
        double.IsNaN(value) ? "NaN" :
        double.IsPositiveInfinity(value) ? "Inf" :
        double.IsNegativeInfinity(value) ? "-Inf" :
        value.ToString("R", CultureInfo.InvariantCulture);

    internal void Field(string text)
    {
        if (!_startOfLine) _writer.Write(',');
        _writer.Write(Escape(text));
        _startOfLine = false;
    }

    internal void Field(double value) => Field(Format(value));

    internal void Field(long value) => Field(value.ToString(CultureInfo.InvariantCulture));

    internal void Field(ulong value) => Field(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An empty field (a value that is absent, as opposed to NaN).</summary>
    internal void Empty() => Field("");

    internal void EndLine()
    {
        _writer.WriteLine();
        _startOfLine = true;
    }

    /// <summary>
    /// Writes <paramref name="dir"/>/<paramref name="fileName"/>: the header, then the rows <paramref name="rows"/>
    /// writes, then moves the finished file into place; an unwritable folder becomes a <see cref="ResultsStoreException"/>.
    /// Returns the path.
    /// </summary>
    internal static string WriteFile(string dir, string fileName, IReadOnlyList<string> header, Action<Csv> rows)
    {
        var path = Path.Combine(dir, fileName);
        try
        {
            Directory.CreateDirectory(dir);
            using var csv = new Csv(path);
            foreach (var h in header) csv.Field(h);
            csv.EndLine();
            rows(csv);
            csv.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsStoreException($"Cannot write '{path}': {e.Message}", e);
        }
        return path;
    }

    /// <summary>Flushes and moves the finished file into place.</summary>
    internal void Commit()
    {
        _writer.Flush();
        _writer.Dispose();
        File.Move(_temp, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        _writer.Dispose();
        if (!_committed && File.Exists(_temp)) File.Delete(_temp);
    }
}
