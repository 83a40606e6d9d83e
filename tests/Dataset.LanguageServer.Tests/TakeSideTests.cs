using Dataset.LanguageServer.Protocol;

namespace Dataset.LanguageServer.Tests;

/// <summary>
/// "Take A" and "Take B" on a disagreement two annotators left (DS0042), through the protocol: each leaves the
/// annotation as if that annotator's value had been written, without the mark.
/// </summary>
public sealed class TakeSideTests : IDisposable
{
    private readonly SeedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Take_A_keeps_the_field_and_Take_B_moves_B_value_into_it()
    {
        var original = File.ReadAllText(_folder.Yaml);
        var marked = original.ReplaceFirst("    speaker: russia\n    act: confirm\n", "    speaker: russia\n    act: confirm\n    disagreement:\n      act: { a: confirm, b: claim }\n");
        await using var session = await LspSession.StartAsync(_folder.Root);
        await session.OpenAsync(_folder.Yaml, marked);
        var diagnostic = Assert.Single(await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Any(x => x.Code == "DS0042")), d => d.Code == "DS0042");

        var actions = await CodeActionsAsync(session, diagnostic);

        Assert.Equal(["Take A (act)", "Take B (act)"], actions.Select(a => a.Title));
        Assert.Equal(original, FeatureTests.Apply(marked, actions[0].Edit.Changes[LspSession.Uri(_folder.Yaml)]));
        Assert.Equal(original.ReplaceFirst("    speaker: russia\n    act: confirm\n", "    speaker: russia\n    act: claim\n"), FeatureTests.Apply(marked, actions[1].Edit.Changes[LspSession.Uri(_folder.Yaml)]));
    }

    [Fact]
    public async Task On_a_record_only_B_marked_Take_A_deletes_it_and_Take_B_keeps_it()
    {
        var original = File.ReadAllText(_folder.Yaml);
        var start = original.IndexOf("  - id: ", original.IndexOf("statements:", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = original.IndexOf("\n  - id: ", start + 1, StringComparison.Ordinal) + 1;
        var record = original[start..end];
        var body = record.TrimEnd('\n');
        var trailing = record[body.Length..];
        var marked = original[..start] + body + "\n    disagreement: { only-in: b }" + trailing + original[end..];
        await using var session = await LspSession.StartAsync(_folder.Root);
        await session.OpenAsync(_folder.Yaml, marked);
        var diagnostic = Assert.Single(await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Any(x => x.Code == "DS0042")), d => d.Code == "DS0042");
        Assert.Contains("was marked by annotator B only", diagnostic.Message, StringComparison.Ordinal);

        var actions = await CodeActionsAsync(session, diagnostic);

        Assert.Equal(["Take A (only-in)", "Take B (only-in)"], actions.Select(a => a.Title));
        Assert.Equal(original[..start] + trailing[1..] + original[end..], FeatureTests.Apply(marked, actions[0].Edit.Changes[LspSession.Uri(_folder.Yaml)]));
        Assert.Equal(original, FeatureTests.Apply(marked, actions[1].Edit.Changes[LspSession.Uri(_folder.Yaml)]));
    }

    private async Task<CodeAction[]> CodeActionsAsync(LspSession session, Diagnostic diagnostic) =>
        await session.RequestAsync<CodeAction[]>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)), diagnostic.Range, new CodeActionContext([diagnostic])));
}
