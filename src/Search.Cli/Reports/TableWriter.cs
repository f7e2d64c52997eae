using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using Parquet;
using Parquet.Serialization;

namespace Pipeline.Cli.Reports;

public enum ExportFormat
{
    Csv,
    Jsonl,
    Parquet,
}

/// <summary>Writes rows of a class whose properties carry <see cref="JsonPropertyNameAttribute"/> (the column
/// names) as CSV for spreadsheets, JSON Lines, or Parquet with typed columns.</summary>
internal static class TableWriter
{
    /// <summary>Rows per Parquet row group, and rows held in memory at once while writing Parquet.</summary>
    internal const int RowGroupSize = 50_000;

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        // Chinese text stays readable; JSON Lines is not embedded in HTML, so no HTML-safe escaping is needed.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static ExportFormat ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "jsonl" or "ndjson" => ExportFormat.Jsonl,
        "parquet" => ExportFormat.Parquet,
        _ => throw new UsageException($"--format must be csv, jsonl or parquet, got '{text}'"),
    };

    /// <summary>The format a file name implies (.csv, .jsonl, .parquet), or null.</summary>
    public static ExportFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => ExportFormat.Csv,
        ".jsonl" or ".ndjson" => ExportFormat.Jsonl,
        ".parquet" => ExportFormat.Parquet,
        _ => null,
    };

    /// <summary>Writes the rows to <paramref name="target"/> (a file replaced atomically, a pipe, or standard output).
    /// CSV starts with a byte-order mark only in a file, where Excel needs it; a pipe gets plain UTF-8.
    /// Returns the rows written.</summary>
    public static Task<int> WriteToAsync<T>(Output.OutputTarget target, Func<Stream> standardOutput, ExportFormat format, IEnumerable<T> rows,
        CancellationToken cancellation = default) =>
        target.WriteAsync(standardOutput, stream => format == ExportFormat.Csv
            ? WriteCsvAsync(stream, rows, cancellation, byteOrderMark: target.Kind == Output.OutputKind.File)
            : WriteAsync(stream, format, rows, cancellation), needsSeek: format == ExportFormat.Parquet);

    /// <summary>Parquet needs a seekable stream; CSV and JSON Lines stream to anything.</summary>
    public static Task<int> WriteAsync<T>(Stream stream, ExportFormat format, IEnumerable<T> rows, CancellationToken cancellation = default) =>
        format switch
        {
            ExportFormat.Csv => WriteCsvAsync(stream, rows, cancellation),
            ExportFormat.Jsonl => WriteJsonLinesAsync(stream, rows, cancellation),
            ExportFormat.Parquet => WriteParquetAsync(stream, rows, cancellation),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };

    /// <summary>UTF-8 with BOM (so Excel reads Chinese correctly), CRLF, RFC 4180 quoting, invariant numbers, ISO dates.</summary>
    public static async Task<int> WriteCsvAsync<T>(Stream stream, IEnumerable<T> rows, CancellationToken cancellation = default, bool byteOrderMark = true)
    {
        var options = new CsvWriterOptions
        {
            WriteByteOrderMark = byteOrderMark,
            FormatProvider = CultureInfo.InvariantCulture,
            // Spreadsheets run text cells starting with = or @ as formulas. Not + or -: figure texts such as -5% are data.
            Injection = CsvInjection.Escape,
            InjectionCharacters = "=@",
        };
        var columns = Columns<T>();
        await using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        csv.WriteHeader(columns.Select(c => c.Name).ToArray());
        var count = 0;
        foreach (var row in rows)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var column in columns) WriteCsvField(csv, column.Property.GetValue(row));
            await csv.EndRecordAsync(cancellation);
            count++;
        }
        await csv.FlushAsync(cancellation);
        return count;
    }

    private static void WriteCsvField(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case null: csv.WriteField(""); break;
            case string s: csv.WriteField(s); break;
            case bool b: csv.WriteField(b); break;
            case decimal m: csv.WriteField(m, ""); break;
            case double d: csv.WriteField(d, ""); break;
            case int i: csv.WriteField(i, ""); break;
            case DateOnly day: csv.WriteField(day, "yyyy-MM-dd"); break;
            default: csv.WriteField(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    public static async Task<int> WriteJsonLinesAsync<T>(Stream stream, IEnumerable<T> rows, CancellationToken cancellation = default)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var count = 0;
        foreach (var row in rows)
        {
            cancellation.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(row is string line ? line : JsonSerializer.Serialize(row, JsonOptions));
            count++;
        }
        return count;
    }

    /// <summary>Typed columns (decimal, bool, int, date, string), one row group per <see cref="RowGroupSize"/> rows.</summary>
    public static async Task<int> WriteParquetAsync<T>(Stream stream, IEnumerable<T> rows, CancellationToken cancellation = default)
    {
        var count = 0;
        var first = true;
        foreach (var chunk in rows.Chunk(RowGroupSize))
        {
            await ParquetSerializer.SerializeAsync(chunk, stream, new ParquetOptions { Append = !first }, cancellationToken: cancellation);
            first = false;
            count += chunk.Length;
        }
        // A file with a schema and no rows is still a valid, typed export.
        if (first) await ParquetSerializer.SerializeAsync(Array.Empty<T>(), stream, cancellationToken: cancellation);
        return count;
    }

    /// <summary>Columns in declaration order, named by their JSON names.</summary>
    internal static IReadOnlyList<(string Name, PropertyInfo Property)> Columns<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name, p))
            .ToList();
}
