using System.Text;
using Dataset.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Tests;

/// <summary>Whatever the client sends, the server answers with an LSP error or ignores it, keeps serving, and writes no file.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly SeedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_unknown_method_is_an_error_and_the_server_keeps_serving()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);

        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => session.RequestAsync<object>("textDocument/nothingLikeThis", new { }));

        Assert.Equal(StreamJsonRpc.Protocol.JsonRpcErrorCode.MethodNotFound, error.ErrorCode);
        await AssertServingAsync(session);
    }

    [Fact]
    public async Task Malformed_json_and_a_request_with_wrong_parameters_leave_the_server_serving()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);

        await Assert.ThrowsAnyAsync<RemoteRpcException>(() => session.RequestAsync<object>("textDocument/hover", new { textDocument = 42, position = "here" }));
        var garbage = Encoding.UTF8.GetBytes("{ this is not json ]");
        await session.Wire.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {garbage.Length}\r\n\r\n"));
        await session.Wire.WriteAsync(garbage);
        await session.Wire.FlushAsync();

        await AssertServingAsync(session);
    }

    [Fact]
    public async Task A_code_action_request_whose_diagnostics_lack_a_message_or_range_still_gets_the_actions()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var text = File.ReadAllText(_folder.Yaml).ReplaceFirst(
            "    speaker: russia\n    act: confirm\n", "    speaker: rusia\n    act: confirm\n    disagreement:\n      act: { a: confirm, b: claim }\n");
        await session.OpenAsync(_folder.Yaml, text);
        var published = await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Any(x => x.Code == "DS0010") && d.Any(x => x.Code == "DS0042"));
        var unknown = published.Single(d => d.Code == "DS0010").Range;
        var disagreement = published.Single(d => d.Code == "DS0042").Range;
        var textDocument = new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml));

        // No message and no data: the fix of the server's own diagnostic at that range; no range: nothing, and no error.
        var withoutMessage = await session.RequestAsync<CodeAction[]>(
            "textDocument/codeAction",
            new { textDocument, range = unknown, context = new { diagnostics = new object[] {
                new { range = unknown, code = "DS0010" },
                new { message = "did you mean 'x'?" } } } });
        // No context at all: the actions the range itself offers.
        var withoutContext = await session.RequestAsync<CodeAction[]>("textDocument/codeAction", new { textDocument, range = disagreement });

        Assert.Equal(["Change to 'russia'"], withoutMessage.Select(a => a.Title));
        Assert.Equal(["Take A (act)", "Take B (act)"], withoutContext.Select(a => a.Title));
    }

    [Fact]
    public async Task Files_outside_the_workspace_get_nothing_and_are_never_read_or_written()
    {
        var outside = Path.Combine(Path.GetTempPath(), "dataset-outside-" + Guid.NewGuid().ToString("N") + ".yaml");
        await using var session = await LspSession.StartAsync(_folder.Root);

        await session.OpenAsync(outside, "document: {}\nspeaker: nobody\n");
        var definition = await session.RequestAsync<Location?>("textDocument/definition", LspSession.At(outside, 1, 10));
        var completion = await session.RequestAsync<CompletionList>("textDocument/completion", LspSession.At(outside, 1, 9));
        await AssertServingAsync(session);

        Assert.Null(definition);
        Assert.Empty(completion.Items);
        Assert.Empty(session.DiagnosticsOf(outside));
        Assert.False(File.Exists(outside));
    }

    [Fact]
    public async Task A_20_MB_document_and_a_binary_one_get_diagnostics_not_a_crash()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var huge = Path.Combine(_folder.Annotations, "huge.yaml");
        var binary = Path.Combine(_folder.Annotations, "binary.yaml");

        await session.OpenAsync(huge, "document:\n  title: " + new string('x', 20 * 1024 * 1024) + "\n");
        await session.OpenAsync(binary, "\0\u0001\uFFFD\uD800 binary\u0007\0");
        var tooLong = await session.WaitForDiagnosticsAsync(huge, d => d.Length > 0, seconds: 120);
        var unreadable = await session.WaitForDiagnosticsAsync(binary, d => d.Length > 0);

        Assert.Contains(tooLong, d => d.Code == "DS0017");
        Assert.All(unreadable, d => Assert.StartsWith("DS", d.Code, StringComparison.Ordinal));
        await AssertServingAsync(session);
    }

    [Fact]
    public async Task A_burst_of_1000_edits_ends_in_the_diagnostics_of_the_last()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        var text = File.ReadAllText(_folder.Yaml);
        await session.OpenAsync(_folder.Yaml);

        for (var version = 2; version < 1002; version++)
        {
            await session.ChangeAsync(_folder.Yaml, text.ReplaceFirst("speaker: russia", "speaker: rusia" + new string('a', version % 7)), version);
        }

        var last = text.ReplaceFirst("speaker: russia", "speaker: last-misspelling");
        await session.ChangeAsync(_folder.Yaml, last, 1002);
        var diagnostic = Assert.Single(
            await session.WaitForDiagnosticsAsync(
                _folder.Yaml,
                d => d.Any(x => x.Message.Contains("last-misspelling", StringComparison.Ordinal)),
                seconds: 120));
        Assert.Equal("DS0010", diagnostic.Code);
    }

    [Fact]
    public async Task A_file_deleted_or_renamed_under_the_server_is_read_again()
    {
        await using var session = await LspSession.StartAsync(_folder.Root);
        await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Length == 0);

        var moved = Path.Combine(_folder.Annotations, "moved-actors.yaml");
        File.Move(_folder.Registry, moved);
        await session.Rpc.NotifyWithParameterObjectAsync(
            "workspace/didChangeWatchedFiles",
            new DidChangeWatchedFilesParams([new FileEvent(LspSession.Uri(_folder.Registry), 3), new FileEvent(LspSession.Uri(moved), 1)]));
        await session.WaitForDiagnosticsAsync(moved, d => d.Length == 0);

        File.Delete(moved);
        await session.Rpc.NotifyWithParameterObjectAsync(
            "workspace/didChangeWatchedFiles",
            new DidChangeWatchedFilesParams([new FileEvent(LspSession.Uri(moved), 3)]));
        var unknown = await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Any(x => x.Code == "DS0010"));

        Assert.Contains(unknown, d => d.Message.StartsWith("Unknown actor 'russia'", StringComparison.Ordinal));
        await AssertServingAsync(session);
    }

    /// <summary>The server still answers a real request with a real answer.</summary>
    private async Task AssertServingAsync(LspSession session)
    {
        var symbols = await session.RequestAsync<DocumentSymbol[]>(
            "textDocument/documentSymbol",
            new { textDocument = new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)) });
        Assert.NotEmpty(symbols);
    }
}
