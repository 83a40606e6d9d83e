using System.Globalization;
using System.Text;

namespace Dataset.Cli.Import;

/// <summary>
/// brat standoff: <c>NAME.ann</c> beside <c>NAME.txt</c>. T lines are spans (<c>T1 TAB Label START END[;START END] TAB text</c>),
/// A and M lines attributes, R lines relations (<c>Label Arg1:T1 Arg2:T2</c>), E lines events (trigger and role
/// arguments, read as relations from the trigger), <c>#</c> lines notes. Offsets count Unicode code points of the text
/// decoded as UTF-8, a byte-order mark counted as a character, as brat's server reads it; its server reads line ends
/// with universal newlines, so CRLF may count once or (as other tools write it) twice: the T line's text decides.
/// </summary>
internal static class BratReader
{
    /// <summary>The .ann files of a folder, or the one named (its .txt names it too).</summary>
    public static IEnumerable<string> Files(string input) => Directory.Exists(input)
        ? Directory.EnumerateFiles(input, "*.ann", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : [Path.ChangeExtension(input, ".ann")];

    public static ImportedArticle? Read(string annPath, ImportProblems problems)
    {
        var txtPath = Path.ChangeExtension(annPath, ".txt");
        if (!File.Exists(annPath))
        {
            problems.Add(annPath, "no such brat annotation file; brat keeps the annotations of NAME.txt in NAME.ann");
            return null;
        }

        if (!File.Exists(txtPath))
        {
            problems.Add(annPath, $"no article text beside it ({Path.GetFileName(txtPath)}); brat keeps the text in NAME.txt");
            return null;
        }

        var bytes = File.ReadAllBytes(txtPath);
        string text;
        try
        {
            // The mark stays a character, as brat's utf8 codec keeps it.
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(txtPath, "is not UTF-8 text; brat reads its texts as UTF-8");
            return null;
        }

        OffsetReading[] readings =
        [
            new("code points, CRLF as one", TextOffsets.For(text, OffsetUnit.CodePoint, newlinesAsOne: true), NewlinesAsOne: true),
            new("code points", TextOffsets.For(text, OffsetUnit.CodePoint)),
        ];
        var spans = new List<ImportedSpan>();
        var relations = new List<ImportedRelation>();
        var attributes = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(annPath, Encoding.UTF8);
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var where = $"{annPath}:{n + 1}";
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            var id = fields[0];
            switch (id.Length > 0 ? id[0] : ' ')
            {
                case 'T' when fields.Length >= 3:
                    if (Span(text, fields, where, readings, problems) is { } span)
                    {
                        spans.Add(span);
                    }

                    break;
                case 'A' or 'M' when fields.Length >= 2 && fields[1].Split(' ') is { Length: >= 2 } parts:
                    var of = (Dictionary<string, string>)(attributes.TryGetValue(parts[1], out var existing)
                        ? existing
                        : attributes[parts[1]] = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
                    of[parts[0]] = parts.Length > 2 ? parts[2] : "true";
                    break;
                case 'R' when fields.Length >= 2 && fields[1].Split(' ') is { Length: 3 } parts:
                    relations.Add(new ImportedRelation(parts[0], Argument(parts[1]), Argument(parts[2]), where));
                    break;
                case 'E' when fields.Length >= 2 && fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 } parts:
                    var trigger = Argument(parts[0]);
                    relations.AddRange(parts.Skip(1).Select(p => new ImportedRelation(p.Split(':')[0], trigger, Argument(p), where)));
                    break;
                case '#' when fields.Length >= 3 && fields[1].Split(' ') is { Length: >= 2 } parts:
                    notes[parts[1]] = fields[2];
                    break;
                case 'N' or '*':
                    // Normalisations to outside databases and equivalence sets have no place in an annotation.
                    break;
                default:
                    problems.Add(where, $"not a brat annotation line ({SpanReading.Quote(line)}); left out");
                    break;
            }
        }

        var meta = new ImportedMeta(Title: text.Split('\n').Select(l => l.Trim().Trim('\uFEFF')).FirstOrDefault(l => l.Length > 0));
        return new ImportedArticle(Path.GetFileNameWithoutExtension(annPath), text, meta, spans, relations, attributes, notes) { OriginalBytes = bytes };
    }

    /// <summary>An argument is <c>Role:T1</c>, or a bare id in an event's trigger.</summary>
    private static string Argument(string part) =>
        part.Contains(':', StringComparison.Ordinal) ? part[(part.IndexOf(':', StringComparison.Ordinal) + 1)..] : part;

    private static ImportedSpan? Span(string text, string[] fields, string where, OffsetReading[] readings, ImportProblems problems)
    {
        var key = fields[0];
        var typeAndOffsets = fields[1];
        var space = typeAndOffsets.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            problems.Add(where, $"{key} has a label but no offsets; left out");
            return null;
        }

        var label = typeAndOffsets[..space];
        var fragments = new List<(int Start, int End)>();
        foreach (var fragment in typeAndOffsets[(space + 1)..].Split(';'))
        {
            var numbers = fragment.Trim().Split(' ');
            if (numbers.Length != 2
                || !int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            {
                problems.Add(where, $"{key} has offsets that are not START END pairs ({SpanReading.Quote(typeAndOffsets[(space + 1)..])}); left out");
                return null;
            }

            fragments.Add((start, end));
        }

        // brat records the text of a span of several fragments joined by a space.
        var located = SpanReading.Locate(text, fragments, fields[2], readings, out var problem);
        if (located is null)
        {
            problems.Add(where, $"{key}: {problem}; left out");
            return null;
        }

        var joined = string.Join(" ", located.Select(l => text[l.Start..l.End]));
        return new ImportedSpan(key, label, located[0].Start, located[^1].End, joined, where) { Discontinuous = located.Count > 1 };
    }
}
