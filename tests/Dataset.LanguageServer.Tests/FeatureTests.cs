using Dataset.Annotations.Drafting;
using Dataset.Annotations.Pipeline;
using Dataset.LanguageServer.Protocol;

namespace Dataset.LanguageServer.Tests;

/// <summary>Every feature of `dataset lsp` on the seeds, in process, through the protocol as an editor uses it.</summary>
public sealed class FeatureTests : IDisposable
{
    private readonly SeedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_misspelt_speaker_typed_without_saving_is_DS0010_at_its_line_and_is_cleared_when_fixed()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var text = File.ReadAllText(_folder.Yaml);
        await session.OpenAsync(_folder.Yaml);
        await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Length == 0);

        var misspelt = text.ReplaceFirst("speaker: russia", "speaker: rusia");
        await session.ChangeAsync(_folder.Yaml, misspelt);
        var (line, column) = SeedFolder.Find(misspelt, "rusia");
        var diagnostic = Assert.Single(await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Length > 0));

        Assert.Equal(("DS0010", line, column, DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Range.Start.Line, diagnostic.Range.Start.Character, diagnostic.Severity));
        Assert.Equal("Unknown actor 'rusia'; declare it under actors: here or in the shared registry; did you mean 'russia'?", diagnostic.Message);
        Assert.Equal("docs/diagnostics.md#ds0010", diagnostic.CodeDescription.Href);

        await session.ChangeAsync(_folder.Yaml, text, version: 3);
        await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Length == 0);
        Assert.Equal(text, File.ReadAllText(_folder.Yaml));
    }

    [Fact]
    public async Task Completion_after_speaker_offers_actor_ids_from_another_file_with_name_and_kind()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var text = File.ReadAllText(_folder.Yaml).ReplaceFirst("speaker: russia", "speaker: ");
        await session.OpenAsync(_folder.Yaml, text);
        var (line, column) = SeedFolder.Find(text, "speaker: \n");

        var list = await session.RequestAsync<CompletionList>("textDocument/completion", LspSession.At(_folder.Yaml, line, column + "speaker: ".Length));

        var russia = Assert.Single(list.Items, i => i.Label == "russia");
        Assert.Contains("Russia", russia.Detail, StringComparison.Ordinal);
        Assert.Contains("state", russia.Detail, StringComparison.Ordinal);
        Assert.Contains(list.Items, i => i.Label == "lloyd-austin");
        Assert.DoesNotContain(list.Items, i => i.Label.StartsWith("kirby-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Completion_offers_statement_ids_enum_values_and_field_names()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var text = File.ReadAllText(_folder.Yaml);
        var (actLine, actColumn) = SeedFolder.Find(text, "act: ");
        var acts = await session.RequestAsync<CompletionList>("textDocument/completion", LspSession.At(_folder.Yaml, actLine, actColumn + 5));
        Assert.Contains(acts.Items, i => i.Label == "deny");

        var withAnswer = text.Replace("    act: ", "    responds-to: \n    act: ", StringComparison.Ordinal);
        await session.OpenAsync(_folder.Yaml, withAnswer);
        var (line, column) = SeedFolder.Find(withAnswer, "responds-to: \n");
        var statements = await session.RequestAsync<CompletionList>("textDocument/completion", LspSession.At(_folder.Yaml, line, column + "responds-to: ".Length));
        Assert.Contains(statements.Items, i => i.Label.StartsWith("kirby-", StringComparison.Ordinal));
        Assert.DoesNotContain(statements.Items, i => i.Label == "russia");

        var withField = withAnswer.Replace("    responds-to: \n", "    \n", StringComparison.Ordinal);
        await session.ChangeAsync(_folder.Yaml, withField);
        var (fieldLine, _) = SeedFolder.Find(withField, "    \n    act: ");
        var fields = await session.RequestAsync<CompletionList>("textDocument/completion", LspSession.At(_folder.Yaml, fieldLine, 4));
        Assert.Contains(fields.Items, i => i.Label == "said-on");
        Assert.Contains(fields.Items, i => i.Label == "evidence");
    }

    [Fact]
    public async Task Definition_goes_to_a_declaration_in_another_file_the_article_and_the_evidence()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var text = File.ReadAllText(_folder.Yaml);
        var (line, column) = SeedFolder.Find(text, "speaker: russia");
        var definition = await session.RequestAsync<Location>("textDocument/definition", LspSession.At(_folder.Yaml, line, column + "speaker: ".Length + 2));
        Assert.Equal(LspSession.Uri(_folder.Registry), definition.Uri);
        Assert.Equal(SeedFolder.Find(File.ReadAllText(_folder.Registry), "russia").Line, definition.Range.Start.Line);

        var (textLine, textColumn) = SeedFolder.Find(text, SeedFolder.Article + ".txt");
        var article = await session.RequestAsync<Location>("textDocument/definition", LspSession.At(_folder.Yaml, textLine, textColumn + 2));
        Assert.Equal(LspSession.Uri(_folder.Text), article.Uri);

        var (evidenceLine, evidenceColumn) = SeedFolder.Find(text, "evidence: ");
        var evidence = await session.RequestAsync<Location>("textDocument/definition", LspSession.At(_folder.Yaml, evidenceLine, evidenceColumn + "evidence: ".Length + 3));
        Assert.Equal(LspSession.Uri(_folder.Text), evidence.Uri);
        var articleLines = File.ReadAllText(_folder.Text).Split('\n');
        var exact = text.Split('\n')[evidenceLine][(evidenceColumn + "evidence: ".Length)..].Trim().Trim('"');
        Assert.Contains(exact[..10], articleLines[evidence.Range.Start.Line], StringComparison.Ordinal);
    }

    [Fact]
    public async Task References_of_an_actor_span_the_registry_and_the_article()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var registry = File.ReadAllText(_folder.Registry);
        var (line, column) = SeedFolder.Find(registry, "id: russia");

        var references = await session.RequestAsync<Location[]>("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(LspSession.Uri(_folder.Registry)), new Position(line, column + 5), new ReferenceContext(true)));

        Assert.Contains(references, r => r.Uri == LspSession.Uri(_folder.Registry));
        Assert.Contains(references, r => r.Uri == LspSession.Uri(_folder.Yaml));
        foreach (var reference in references)
        {
            var lines = File.ReadAllText(reference.Uri == LspSession.Uri(_folder.Yaml) ? _folder.Yaml : _folder.Registry).Split('\n');
            Assert.Equal("russia", lines[reference.Range.Start.Line][reference.Range.Start.Character..reference.Range.End.Character]);
        }
    }

    [Fact]
    public async Task Rename_changes_the_declaration_and_every_reference_in_both_files_and_writes_nothing()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var before = _folder.Contents();
        var (line, column) = SeedFolder.Find(File.ReadAllText(_folder.Yaml), "speaker: russia");

        var edit = await session.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)), new Position(line, column + 10), "russian-federation"));

        Assert.Equal(new[] { LspSession.Uri(_folder.Registry), LspSession.Uri(_folder.Yaml) }.Order(StringComparer.Ordinal), edit.Changes.Keys.Order(StringComparer.Ordinal));
        Assert.All(edit.Changes.Values.SelectMany(e => e), e => Assert.Equal("russian-federation", e.NewText));
        var renamed = Apply(File.ReadAllText(_folder.Yaml), edit.Changes[LspSession.Uri(_folder.Yaml)]);
        Assert.DoesNotContain("speaker: russia\n", renamed, StringComparison.Ordinal);
        Assert.Contains("speaker: russian-federation\n", renamed, StringComparison.Ordinal);
        Assert.Equal(before, _folder.Contents());

        var refused = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() => session.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)), new Position(line, column + 10), "Not An Id")));
        Assert.Contains("not a valid id", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_shows_an_actors_card_and_where_evidence_was_found()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var text = File.ReadAllText(_folder.Yaml);
        var (line, column) = SeedFolder.Find(text, "speaker: lloyd-austin");
        var hover = await session.RequestAsync<Hover>("textDocument/hover", LspSession.At(_folder.Yaml, line, column + 12));
        Assert.Contains("**Lloyd Austin** (person)", hover.Contents.Value, StringComparison.Ordinal);

        var (evidenceLine, evidenceColumn) = SeedFolder.Find(text, "evidence: ");
        var evidence = await session.RequestAsync<Hover>("textDocument/hover", LspSession.At(_folder.Yaml, evidenceLine, evidenceColumn + 12));
        Assert.StartsWith("Found in the article at line ", evidence.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_did_you_mean_diagnostic_has_a_fix()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var misspelt = File.ReadAllText(_folder.Yaml).ReplaceFirst("speaker: russia", "speaker: rusia");
        await session.OpenAsync(_folder.Yaml, misspelt);
        var diagnostic = Assert.Single(await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Length > 0));

        var actions = await session.RequestAsync<CodeAction[]>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)), diagnostic.Range, new CodeActionContext([diagnostic])));

        var fix = Assert.Single(actions);
        Assert.Equal("Change to 'russia'", fix.Title);
        Assert.Equal(File.ReadAllText(_folder.Yaml), Apply(misspelt, fix.Edit.Changes[LspSession.Uri(_folder.Yaml)]));
    }

    [Fact]
    public async Task An_uncovered_passage_in_the_article_can_be_annotated_or_left_with_a_reason()
    {
        var yaml = File.ReadAllText(_folder.Yaml);
        var kirby = yaml.IndexOf("  - id: kirby-says-iran-and-russia-cannot-hide-the-facts", StringComparison.Ordinal);
        var withoutKirby = yaml[..kirby] + yaml[(yaml.IndexOf("\n  - id:", kirby + 5, StringComparison.Ordinal) + 1)..];
        File.WriteAllText(_folder.Yaml, withoutKirby);
        await using var session = await LspSession.StartAsync(_folder.Root);
        var advice = await session.WaitForDiagnosticsAsync(_folder.Text, d => d.Any(x => x.Code == "DS0028"));
        var quote = advice.First(d => d.Code == "DS0028");

        var actions = await session.RequestAsync<CodeAction[]>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(LspSession.Uri(_folder.Text)), quote.Range, new CodeActionContext([quote])));

        var annotate = actions.First(a => a.Title == "Annotate as statement");
        Assert.Contains(actions, a => a.Title.StartsWith("Leave unannotated", StringComparison.Ordinal));
        var annotated = Apply(withoutKirby, annotate.Edit.Changes[LspSession.Uri(_folder.Yaml)]);

        // The entry is the draft every front end makes of the passage: the engine's, as `dataset coverage --draft` prints it.
        var inserted = Assert.Single(annotate.Edit.Changes[LspSession.Uri(_folder.Yaml)]).NewText;
        var files = Directory.EnumerateFiles(_folder.Root, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => new KeyValuePair<string, string?>(f, File.ReadAllText(f))).ToList();
        var run = new FolderRun(files);
        var file = run.Annotations.Single(a => a.Path == _folder.Yaml);
        var draft = FolderDrafts.Draft(run.State, File.ReadAllText(_folder.Text), file.Document?.Published, file.Path);
        Assert.Equal(DraftYaml.Statement(Assert.Single(draft.Statements)), inserted);
        Assert.Contains("    draft: true\n", inserted, StringComparison.Ordinal);
        await session.OpenAsync(_folder.Yaml, annotated);
        await session.WaitForDiagnosticsAsync(_folder.Text, d => d.Count(x => x.Code == "DS0028") < advice.Count(x => x.Code == "DS0028"));
    }

    [Fact]
    public async Task Document_symbols_outline_the_document_actors_statements_and_sanctions()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);

        var symbols = await session.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new { textDocument = new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)) });

        Assert.Equal("dawn-2022-10-22-us-urges-russia", symbols[0].Name);
        Assert.Contains(symbols, s => s.Name == "statements" && s.Children!.Any(c => c.Name.StartsWith("kirby-", StringComparison.Ordinal)));
    }

    internal static string Apply(string text, TextEdit[] edits)
    {
        foreach (var edit in edits.OrderByDescending(e => e.Range.Start.Line).ThenByDescending(e => e.Range.Start.Character))
        {
            text = text[..Offset(text, edit.Range.Start)] + edit.NewText + text[Offset(text, edit.Range.End)..];
        }

        return text;
    }

    private static int Offset(string text, Position position)
    {
        var offset = 0;
        for (var line = 0; line < position.Line; line++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset + position.Character;
    }
}

internal static class Texts
{
    public static string ReplaceFirst(this string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{what}' is not in the text");
        return text[..at] + with + text[(at + what.Length)..];
    }
}
