using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;

namespace Dataset.LanguageServer.Tests;

/// <summary>
/// The protocol as an editor relies on it: edits in order and by version, diagnostics with their version, requests
/// that wait for the analysis of their document's version and can be cancelled, stale analyses that stop, fixes as
/// data, and watched files in one batch. Nothing here is timed: analyses are counted and held through the probe.
/// </summary>
public sealed class ProtocolTests : IDisposable
{
    private readonly SeedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_rename_after_a_burst_of_1000_edits_edits_the_id_where_the_last_text_has_it()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var text = File.ReadAllText(_folder.Yaml);
        await session.OpenAsync(_folder.Yaml, text);

        // Each version moves every id one line further down, so an edit computed from any earlier text misses.
        var last = text;
        for (var version = 2; version <= 1001; version++)
        {
            last = new string('\n', version) + text;
            await session.ChangeAsync(_folder.Yaml, last, version);
        }

        var (line, column) = SeedFolder.Find(last, "speaker: russia");
        var edit = await session.RequestAsync<WorkspaceEdit>(
            "textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)), new Position(line, column + 10), "russian-federation"));

        var edits = edit.Changes[LspSession.Uri(_folder.Yaml)];
        Assert.NotEmpty(edits);
        Assert.All(edits, e => Assert.Equal("russia", TextAt(last, e.Range)));
        Assert.Contains("speaker: russian-federation\n", TextEdits.Apply(last, edits), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_the_client_cancels_is_answered_with_RequestCancelled()
    {
        var gate = new AnalysisGate();
        await using var session = await LspSession.StartAsync(_folder.Root, probe: gate.Probe);
        await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Length == 0);
        await gate.CompletedAsync();
        gate.Close();
        await session.OpenAsync(_folder.Yaml);
        await gate.Held.Task.WaitAsync(TimeSpan.FromMinutes(1));

        // The hover waits for the analysis of the version just opened, which is held: only the client's cancel ends it.
        using var cancel = new CancellationTokenSource();
        var (line, column) = SeedFolder.Find(File.ReadAllText(_folder.Yaml), "speaker: russia");
        var hover = session.Rpc.InvokeWithParameterObjectAsync<Hover?>("textDocument/hover", LspSession.At(_folder.Yaml, line, column + 10), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hover.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal(-32800, await session.WaitForErrorAsync());
        gate.Open();
        var symbols = await session.RequestAsync<DocumentSymbol[]>(
            "textDocument/documentSymbol",
            new { textDocument = new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)) });
        Assert.NotEmpty(symbols);
    }

    [Fact]
    public async Task An_analysis_a_newer_edit_makes_stale_stops_and_only_the_newer_is_published()
    {
        var gate = new AnalysisGate();
        await using var session = await LspSession.StartAsync(_folder.Root, probe: gate.Probe);
        await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Length == 0);
        await gate.CompletedAsync();
        var text = File.ReadAllText(_folder.Yaml);
        gate.Close();

        await session.OpenAsync(_folder.Yaml, text.ReplaceFirst("speaker: russia", "speaker: stale-speaker"));
        var held = await gate.Held.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await session.ChangeAsync(_folder.Yaml, text.ReplaceFirst("speaker: russia", "speaker: newer-speaker"), version: 2);
        var abandoned = await gate.Abandoned.Task.WaitAsync(TimeSpan.FromMinutes(1));
        gate.Open();

        var newer = await session.WaitForPublicationAsync(_folder.Yaml, p => p.Version == 2);
        Assert.Equal(held, abandoned);
        Assert.Equal(1, gate.HeldAndAbandoned);
        Assert.Contains(newer.Diagnostics, d => d.Message.Contains("'newer-speaker'", StringComparison.Ordinal));
        Assert.DoesNotContain(
            session.PublicationsOf(_folder.Yaml),
            p => p.Version == 1 || p.Diagnostics.Any(d => d.Message.Contains("stale-speaker", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_request_answers_from_the_analysis_of_its_version_while_a_later_edit_of_another_file_waits()
    {
        var gate = new AnalysisGate();
        await using var session = await LspSession.StartAsync(_folder.Root, probe: gate.Probe);
        await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Length == 0);
        await gate.CompletedAsync();
        gate.Close();
        await session.OpenAsync(_folder.Registry, File.ReadAllText(_folder.Registry) + "\n");
        await gate.Held.Task.WaitAsync(TimeSpan.FromMinutes(1));

        // The annotation's version was analysed before the registry's edit: its request does not wait for that edit.
        var symbols = await session.RequestAsync<DocumentSymbol[]>(
            "textDocument/documentSymbol",
            new { textDocument = new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)) })
            .WaitAsync(TimeSpan.FromMinutes(1));

        Assert.NotEmpty(symbols);
        Assert.False(gate.Abandoned.Task.IsCompleted);
        gate.Open();
    }

    [Fact]
    public async Task An_analysis_a_request_waits_for_is_not_abandoned_for_a_later_edit()
    {
        var gate = new AnalysisGate();
        await using var session = await LspSession.StartAsync(_folder.Root, probe: gate.Probe);
        await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Length == 0);
        await gate.CompletedAsync();
        var text = File.ReadAllText(_folder.Yaml);
        gate.Close();
        var asked = text.Replace("kirby-", "asked-", StringComparison.Ordinal);
        await session.OpenAsync(_folder.Yaml, asked);
        await gate.Held.Task.WaitAsync(TimeSpan.FromMinutes(1));

        // Hover reads the checks, so it waits for the held analysis (symbols would be answered from the settled ids).
        var (line, column) = SeedFolder.Find(asked, "  - id: asked-");
        var hover = session.RequestAsync<Hover?>("textDocument/hover", LspSession.At(_folder.Yaml, line, column + "  - id: ".Length + 2));
        await session.ChangeAsync(_folder.Yaml, text.Replace("kirby-", "later-", StringComparison.Ordinal), version: 2);
        gate.Open();

        Assert.Contains("`asked-", (await hover)!.Contents.Value, StringComparison.Ordinal);
        Assert.Equal(0, gate.HeldAndAbandoned);
        await session.WaitForPublicationAsync(_folder.Yaml, p => p.Version == 2);
    }

    [Fact]
    public async Task An_older_didChange_is_dropped_and_diagnostics_are_published_with_their_version()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var text = File.ReadAllText(_folder.Yaml);
        var statement = SeedFolder.Find(text, "  - id: kirby-");
        var id = text.Split('\n')[statement.Line]["  - id: ".Length..].Trim();
        await session.OpenAsync(_folder.Yaml, text);

        await session.ChangeAsync(
            _folder.Yaml,
            text.Replace(id, "version-three", StringComparison.Ordinal).ReplaceFirst("speaker: russia", "speaker: rusia"),
            version: 3);
        await session.ChangeAsync(_folder.Yaml, text.Replace(id, "version-two", StringComparison.Ordinal), version: 2);
        var symbols = await session.RequestAsync<DocumentSymbol[]>(
            "textDocument/documentSymbol",
            new { textDocument = new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)) });

        var names = symbols.SelectMany(s => s.Children ?? []).Select(s => s.Name).ToList();
        Assert.Contains("version-three", names);
        Assert.DoesNotContain("version-two", names);
        var published = await session.WaitForPublicationAsync(_folder.Yaml, p => p.Version == 3);
        Assert.Equal("DS0010", Assert.Single(published.Diagnostics).Code);
        Assert.DoesNotContain(session.PublicationsOf(_folder.Yaml), p => p.Version == 2);
    }

    [Fact]
    public async Task Each_fix_a_diagnostic_carries_as_data_is_a_code_action()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var text = File.ReadAllText(_folder.Yaml);
        var withAnswer = text.Replace("    act: ", "    responds-to: kirby\n    act: ", StringComparison.Ordinal);
        await session.OpenAsync(_folder.Yaml, withAnswer);
        var diagnostic = (await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Any(x => x.Message.Contains("'kirby'", StringComparison.Ordinal))))
            .First(d => d.Message.Contains("'kirby'", StringComparison.Ordinal));

        // The engine's candidates travel as data: the same ids the message names, each a fix.
        var fixes = DiagnosticFixes.Read(diagnostic.Data)!;
        Assert.True(fixes.Count > 1, "several statement ids contain 'kirby'");
        Assert.All(fixes, f => Assert.Contains($"'{f}'", diagnostic.Message, StringComparison.Ordinal));
        var actions = await CodeActionsForAsync(session, diagnostic);
        Assert.Equal(fixes.Select(f => $"Change to '{f}'"), actions.Select(a => a.Title));
        Assert.All(
            actions,
            a => Assert.StartsWith(
                "    responds-to: kirby-",
                TextEdits.Apply(withAnswer, a.Edit.Changes[LspSession.Uri(_folder.Yaml)]).Split('\n')[diagnostic.Range.Start.Line],
                StringComparison.Ordinal));

        // The fix is read from the data the client sends back, not from the message.
        var rewritten = diagnostic with { Message = "a message without a hint", Data = DiagnosticFixes.ToData(["first-choice", "second-choice"]) };
        var fromData = await CodeActionsForAsync(session, rewritten);
        Assert.Equal(["Change to 'first-choice'", "Change to 'second-choice'"], fromData.Select(a => a.Title));

        // A client that drops the data gets the fixes of the server's own diagnostic at that range.
        var withoutData = await CodeActionsForAsync(session, diagnostic with { Data = null, Message = "a message without a hint" });
        Assert.Equal(actions.Select(a => a.Title), withoutData.Select(a => a.Title));
    }

    [Fact]
    public async Task A_same_as_to_a_statement_of_the_same_article_carries_the_fix_that_makes_it_restates()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var text = File.ReadAllText(_folder.Yaml);
        const string Evidence = "    evidence: “Secretary Austin emphasised";
        var linked = text.ReplaceFirst(Evidence, "    same-as: austin-urges-shoigu-to-keep-lines-open\n" + Evidence);
        await session.OpenAsync(_folder.Yaml, linked);

        var diagnostic = (await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Any(x => x.Code == "DS0037"))).Single(x => x.Code == "DS0037");
        var fix = Assert.Single(await CodeActionsForAsync(session, diagnostic));
        Assert.Equal("Use restates: austin-urges-shoigu-to-keep-lines-open", fix.Title);
        var restated = TextEdits.Apply(linked, fix.Edit.Changes[LspSession.Uri(_folder.Yaml)]);
        Assert.Equal(text.ReplaceFirst(Evidence, "    restates: austin-urges-shoigu-to-keep-lines-open\n" + Evidence), restated);

        // The fix travels as data: a client that sends it back gets it without the server's own diagnostic.
        Assert.Equal("Use restates: austin-urges-shoigu-to-keep-lines-open", Assert.Single(DiagnosticFixes.ReadEdits(diagnostic.Data)!).Title);
        await session.ChangeAsync(_folder.Yaml, restated, 2);
        await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Length == 0);
    }

    [Theory]
    [InlineData("    speaker: russia\n", "    speaker: rusia\n")]
    [InlineData("    act: urge\n", "    act: urgee\n")]
    [InlineData("    speaker: lloyd-austin\n", "    spaeker: lloyd-austin\n")]
    public async Task An_unknown_id_value_or_field_carries_its_fix_and_the_fix_restores_the_text(string original, string misspelt)
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var text = File.ReadAllText(_folder.Yaml);
        var broken = text.ReplaceFirst(original, misspelt);
        await session.OpenAsync(_folder.Yaml, broken);

        var diagnostic = (await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Any(x => x.Data is not null))).Single(x => x.Data is not null);
        var fix = Assert.Single(await CodeActionsForAsync(session, diagnostic));

        Assert.Equal(text, TextEdits.Apply(broken, fix.Edit.Changes[LspSession.Uri(_folder.Yaml)]));
    }

    [Fact]
    public async Task A_thousand_watched_files_changed_in_a_burst_cost_one_analysis()
    {
        var gate = new AnalysisGate();
        await using var session = await LspSession.StartAsync(_folder.Root, probe: gate.Probe);
        await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Length == 0);
        await gate.CompletedAsync();
        var before = gate.Probe.Completed;
        var checkout = Directory.CreateDirectory(Path.Combine(_folder.Annotations, "checkout")).FullName;
        var files = Enumerable.Range(0, 1000).Select(i => Path.Combine(checkout, $"file-{i:D4}.yaml")).ToList();
        foreach (var file in files)
        {
            File.WriteAllText(file, "document: {}\n");
        }

        // Ten notifications, as a client sends a checkout's changes; the analysis they start is held until all came.
        gate.Close();
        foreach (var chunk in files.Chunk(100))
        {
            await session.Rpc.NotifyWithParameterObjectAsync(
                "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesParams(chunk.Select(f => new FileEvent(LspSession.Uri(f), 1)).ToArray()));
        }

        // Messages are handled in order: once a request sent after them is answered, every notification was applied.
        var outside = Path.Combine(Path.GetTempPath(), "dataset-outside.yaml");
        await session.RequestAsync<CompletionList>("textDocument/completion", LspSession.At(outside, 0, 0));
        gate.Open();

        await session.WaitForDiagnosticsAsync(files[^1], d => d.Length > 0, seconds: 120);
        Assert.All(files, f => Assert.NotEmpty(session.DiagnosticsOf(f)));
        Assert.Equal(before + 1, gate.Probe.Completed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_client_that_can_be_asked_is_asked_to_watch_the_annotations_and_articles(bool relativePatterns)
    {
        var capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true, relativePatternSupport = relativePatterns } } };
        await using var session = await LspSession.StartAsync(_folder.Root, capabilities: capabilities);

        var registration = (await session.WaitForRegistrationAsync()).GetProperty("registrations")[0];

        Assert.Equal("workspace/didChangeWatchedFiles", registration.GetProperty("method").GetString());
        var glob = registration.GetProperty("registerOptions").GetProperty("watchers")[0].GetProperty("globPattern");
        var folder = _folder.Annotations.Replace('\\', '/');
        if (relativePatterns)
        {
            Assert.Equal(LspSession.Uri(folder), glob.GetProperty("baseUri").GetString());
            Assert.Equal("**/*.{yaml,yml,txt}", glob.GetProperty("pattern").GetString());
        }
        else
        {
            Assert.Equal(folder + "/**/*.{yaml,yml,txt}", glob.GetString());
        }
    }

    [Fact]
    public async Task Each_feature_request_is_answered_with_what_the_feature_gives_on_the_snapshot()
    {
        using var workspace = Snapshots.Talks.With((Snapshots.Talks.Annotation, "speaker: lloyd-austin", "speaker: lloyd-au$$stin"));
        var (path, position) = workspace.Cursor;
        var snapshot = workspace.Snapshot;
        var at = new TextDocumentPositionParams(new TextDocumentIdentifier(LspSession.Uri(path)), position);
        await using var session = await LspSession.StartAsync(workspace.Folder);

        var definition = Assert.IsType<Location>(Navigation.Definition(snapshot, path, position));
        var references = Navigation.References(snapshot, path, position, includeDeclaration: true);
        var hover = Assert.IsType<Hover>(HoverCards.At(snapshot, path, position));
        var rename = Assert.IsType<PrepareRenameResult>(Renaming.Prepare(snapshot, path, position));
        var completion = Completion.At(snapshot, workspace.TextOf(Snapshots.Talks.Annotation), position).Items;
        var symbols = Symbols.Of(snapshot, path).Select(s => s.Name).ToList();
        Assert.True(references.Length > 1 && completion.Length > 0 && symbols.Count > 0);

        Assert.Equal(definition, await session.RequestAsync<Location>("textDocument/definition", at));
        Assert.Equal(
            references,
            await session.RequestAsync<Location[]>("textDocument/references", new ReferenceParams(at.TextDocument, position, new ReferenceContext(true))));
        Assert.Equal(hover, await session.RequestAsync<Hover>("textDocument/hover", at));
        Assert.Equal(rename, await session.RequestAsync<PrepareRenameResult>("textDocument/prepareRename", at));
        Assert.Equal(completion, (await session.RequestAsync<CompletionList>("textDocument/completion", at)).Items);
        Assert.Equal(
            symbols,
            (await session.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new { textDocument = at.TextDocument })).Select(s => s.Name));
    }

    private async Task<CodeAction[]> CodeActionsForAsync(LspSession session, Diagnostic diagnostic) =>
        await session.RequestAsync<CodeAction[]>(
            "textDocument/codeAction",
            new CodeActionParams(new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)), diagnostic.Range, new CodeActionContext([diagnostic])));

    private static string TextAt(string text, Protocol.Range range)
    {
        var lines = text.Split('\n');
        Assert.Equal(range.Start.Line, range.End.Line);
        return lines[range.Start.Line][range.Start.Character..range.End.Character];
    }
}
