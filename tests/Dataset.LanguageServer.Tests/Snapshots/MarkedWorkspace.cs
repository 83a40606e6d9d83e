using System.Globalization;
using System.Text;
using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Tests.Snapshots;

/// <summary>
/// An annotations folder written from marked files, read and analysed in process as the server does (no JSON-RPC):
/// <c>$$</c> in one file is the cursor, <c>[|…|]</c> the ranges a feature should answer with, <c>{|DS0010:…|}</c> the
/// diagnostics the analysis should report. Files are given by name; the folder holds nothing else.
/// </summary>
internal sealed class MarkedWorkspace : IDisposable
{
    private readonly Dictionary<string, Markup> _marked = new(StringComparer.Ordinal);
    private readonly AnnotationWorkspace _workspace;

    public MarkedWorkspace(params (string Name, string Markup)[] files)
    {
        Folder = Directory.CreateTempSubdirectory("dataset-lsp-snapshot-").FullName.Replace('\\', '/');
        foreach (var (name, markup) in files)
        {
            _marked[PathOf(name)] = Markup.Parse(markup);
            File.WriteAllText(PathOf(name), _marked[PathOf(name)].Text);
        }

        _workspace = new AnnotationWorkspace(Folder);
        _workspace.Load();
        Snapshot = _workspace.Analyze();
    }

    public string Folder { get; }

    /// <summary>The analysis of the files as written, or as last typed with <see cref="Type"/>.</summary>
    public Snapshot Snapshot { get; private set; }

    /// <summary>The file holding the cursor, and the cursor as an LSP position.</summary>
    public (string Path, Position Position) Cursor
    {
        get
        {
            var (path, markup) = Assert.Single(_marked, m => m.Value.Cursor is not null);
            var (line, column) = markup.PositionOf(markup.Cursor!.Value);
            return (path, new Position(line, column));
        }
    }

    public string PathOf(string name) => Folder + "/" + name;

    /// <summary>A file's text as the workspace has it now (marks stripped).</summary>
    public string TextOf(string name) => _marked[PathOf(name)].Text;

    /// <summary>Types new marked text into a file without saving it (an open buffer), and analyses again.</summary>
    public Snapshot Type(string name, string markup)
    {
        _marked[PathOf(name)] = Markup.Parse(markup);
        _workspace.Open(PathOf(name), _marked[PathOf(name)].Text);
        return Snapshot = _workspace.Analyze();
    }

    /// <summary>Every file's bytes on disk, to show that nothing was written.</summary>
    public Dictionary<string, string> Disk() =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText, StringComparer.Ordinal);

    /// <summary>The ranges answered are exactly the <c>[|…|]</c> ranges of every file; else the files as marked and as answered.</summary>
    public void AssertRanges(IEnumerable<(string Path, Protocol.Range Range)> answered) =>
        AssertMarks(answered.Select(a => (a.Path, (string?)null, a.Range)), id: false);

    public void AssertRanges(IEnumerable<Protocol.Location> answered) =>
        AssertRanges(answered.Select(l => (WorkspacePaths.ToPath(l.Uri)!, l.Range)));

    /// <summary>The analysis reports exactly the <c>{|ID:…|}</c> diagnostics of every file.</summary>
    public void AssertDiagnostics() =>
        AssertMarks(_marked.Keys.SelectMany(path => Snapshot.DiagnosticsIn(path).Select(d => (path, (string?)d.Id, Ranges.Of(d.Location)))), id: true);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private void AssertMarks(IEnumerable<(string Path, string? Id, Protocol.Range Range)> answered, bool id)
    {
        var expected = _marked.SelectMany(m => m.Value.Spans.Where(s => s.Id is not null == id).Select(s => (m.Key, s.Id, s.Start, s.End))).Order().ToList();
        var actual = answered.Select(a => (a.Path, a.Id, Start: Offset(a.Path, a.Range.Start), End: Offset(a.Path, a.Range.End))).Order().ToList();
        if (expected.SequenceEqual(actual))
        {
            return;
        }

        var text = new StringBuilder("The answer is not what the files mark.\n");
        foreach (var (path, markup) in _marked)
        {
            var want = Markup.Render(markup.Text, expected.Where(e => e.Key == path).Select(e => new MarkedSpan(e.Id, e.Start, e.End))).Split('\n');
            var got = Markup.Render(markup.Text, actual.Where(a => a.Path == path).Select(a => new MarkedSpan(a.Id, a.Start, a.End))).Split('\n');
            for (var line = 0; line < Math.Max(want.Length, got.Length); line++)
            {
                var (marked, answer) = (line < want.Length ? want[line] : string.Empty, line < got.Length ? got[line] : string.Empty);
                if (marked != answer)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}({line + 1}):\n  marked:   {marked}\n  answered: {answer}\n");
                }
            }
        }

        foreach (var stray in actual.Where(a => !_marked.ContainsKey(a.Path)))
        {
            text.Append(CultureInfo.InvariantCulture, $"answered in a file the workspace does not hold: {stray}\n");
        }

        Assert.Fail(text.ToString());
    }

    private int Offset(string path, Position position) =>
        _marked.TryGetValue(path, out var markup) ? TextLines.Of(markup.Text).OffsetAt(position) : -1;
}

/// <summary>The diagnostics of one file as the server publishes them.</summary>
internal static class PublishedDiagnostics
{
    public static Protocol.Diagnostic[] Of(Snapshot snapshot, string path) =>
        DiagnosticsFeature.Of(snapshot).TryGetValue(path, out var found) ? [.. found.Select(DiagnosticsFeature.ToLsp)] : [];
}
