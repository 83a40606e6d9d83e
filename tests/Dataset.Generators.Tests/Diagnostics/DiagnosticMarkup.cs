using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>
/// One file of a case, its expected diagnostics marked in its text (<c>speaker: {|DS0010:loyd-austin|}</c>); an
/// unreadable file is given to the generator without text, its marks (<c>{|DS0024:|}</c>) on the empty text.
/// </summary>
internal sealed record MarkedFile(string Path, string Markup, bool Readable = true)
{
    public static MarkedFile Unreadable(string path, string markup) => new(path, markup, Readable: false);
}

/// <summary>A run whose Dataset diagnostics were exactly the marked ones, in file and position order.</summary>
internal sealed record MarkedRun(GeneratorRun Run, ImmutableArray<Diagnostic> Reported)
{
    /// <summary>Each reported diagnostic's severity (the descriptor's) and message, in file and position order.</summary>
    public MarkedRun Says(params string[] expected)
    {
        Assert.Equal(expected, Reported.Select(DiagnosticMarkup.Describe));
        return this;
    }

    /// <summary>The severity and message of each reported diagnostic with one id, in file and position order.</summary>
    public MarkedRun SaysOf(string id, params string[] expected)
    {
        Assert.Equal(expected, Reported.Where(d => d.Id == id).Select(DiagnosticMarkup.Describe));
        return this;
    }
}

/// <summary>
/// Runs the generator on files whose expected diagnostics are marked inline, and fails unless the Dataset diagnostics
/// it reports are exactly the marked ones (id, file and span), with a diff that shows the reported ones as marks too.
/// </summary>
internal static class DiagnosticMarkup
{
    public static MarkedRun Run(params MarkedFile[] files) => Run(files, csharp: null);

    public static MarkedRun Run(MarkedFile[] files, string? csharp, string? datasetNamespace = null, params string[] unlocated)
    {
        var run = GeneratorHarness.Run(files.Select(f => (f.Path, f.Readable ? Markup.Parse(f.Markup).Text : null)).ToArray(), csharp, datasetNamespace);
        return AssertExactly(run, files, unlocated);
    }

    /// <summary>
    /// The run's Dataset diagnostics against the marks of <paramref name="files"/> and the ids reported with no location
    /// (<paramref name="unlocated"/>): any diagnostic not marked fails, as does any mark not reported.
    /// </summary>
    public static MarkedRun AssertExactly(GeneratorRun run, IReadOnlyList<MarkedFile> files, params string[] unlocated)
    {
        var marked = files.ToDictionary(f => GeneratorHarness.Absolute(f.Path), f => Markup.Parse(f.Markup), StringComparer.Ordinal);
        var expected = marked.SelectMany(f => f.Value.Spans.Select(s => new Mark(f.Key, s.Id!, s.Start, s.End)))
            .Concat(unlocated.Select(id => new Mark(string.Empty, id, 0, 0)))
            .Order().ToList();
        var reported = run.Diagnostics.Where(d => d.Id.StartsWith("DS", StringComparison.Ordinal))
            .Select(d => (Mark: MarkOf(d), Diagnostic: d))
            .OrderBy(r => r.Mark).ToList();

        Assert.True(marked.Values.All(m => m.Spans.All(s => s.Id is not null)), "Diagnostics are marked {|ID:text|}.");
        if (!expected.SequenceEqual(reported.Select(r => r.Mark)))
        {
            Assert.Fail(Difference(marked, expected, reported));
        }

        foreach (var (mark, diagnostic) in reported.Where(r => r.Mark.Path.Length > 0 && marked[r.Mark.Path].Text.Length > 0))
        {
            // The line span the compiler prints is the character span's, in the file's own lines.
            var lines = SourceText.From(marked[mark.Path].Text).Lines;
            Assert.Equal(lines.GetLinePositionSpan(diagnostic.Location.SourceSpan), diagnostic.Location.GetLineSpan().Span);
        }

        return new MarkedRun(run, [.. reported.Select(r => r.Diagnostic)]);
    }

    /// <summary>"error: message", with the descriptor's severity (the harness compiles with warnings as errors).</summary>
    public static string Describe(Diagnostic diagnostic) =>
        diagnostic.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        } + ": " + diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static Mark MarkOf(Diagnostic diagnostic) => diagnostic.Location.Kind == LocationKind.None
        ? new Mark(string.Empty, diagnostic.Id, 0, 0)
        : new Mark(diagnostic.Location.GetLineSpan().Path, diagnostic.Id, diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.End);

    /// <summary>Each file whose marks differ, line by line as marked and as reported, then every diagnostic on one side only.</summary>
    private static string Difference(Dictionary<string, Markup> marked, List<Mark> expected, List<(Mark Mark, Diagnostic Diagnostic)> reported)
    {
        var text = new StringBuilder("The reported Dataset diagnostics are not the marked ones.\n");
        foreach (var (path, markup) in marked)
        {
            var want = Markup.Render(markup.Text, expected.Where(m => m.Path == path).Select(m => new MarkedSpan(m.Id, m.Start, m.End))).Split('\n');
            var got = Markup.Render(markup.Text, reported.Where(r => r.Mark.Path == path).Select(r => new MarkedSpan(r.Mark.Id, r.Mark.Start, r.Mark.End)))
                .Split('\n');
            for (var line = 0; line < Math.Max(want.Length, got.Length); line++)
            {
                var (marks, reports) = (line < want.Length ? want[line] : string.Empty, line < got.Length ? got[line] : string.Empty);
                if (marks != reports)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{path}({line + 1}):\n  marked:   {marks}\n  reported: {reports}\n");
                }
            }
        }

        var missing = expected.ToList();
        foreach (var (mark, diagnostic) in reported)
        {
            if (!missing.Remove(mark))
            {
                text.Append(CultureInfo.InvariantCulture, $"not marked: {diagnostic}\n");
            }
        }

        foreach (var mark in missing)
        {
            text.Append(
                CultureInfo.InvariantCulture,
                $"not reported: {mark.Id} in {(mark.Path.Length == 0 ? "no file" : mark.Path)} at {mark.Start}..{mark.End}\n");
        }

        return text.ToString();
    }

    /// <summary>A diagnostic as compared: its file (empty when it has no location), id and character span.</summary>
    private sealed record Mark(string Path, string Id, int Start, int End) : IComparable<Mark>
    {
        public int CompareTo(Mark? other)
        {
            if (other is null)
            {
                return 1;
            }

            var path = string.CompareOrdinal(Path, other.Path);
            return path != 0 ? path : (Start, End).CompareTo((other.Start, other.End)) is var at and not 0 ? at : string.CompareOrdinal(Id, other.Id);
        }
    }
}
