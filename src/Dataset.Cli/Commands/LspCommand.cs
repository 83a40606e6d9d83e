using Dataset.Cli.Invocation;
using Dataset.LanguageServer;
using Dataset.LanguageServer.Server;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset lsp`: the language server for annotations and articles over standard input and output (protocol only on
/// standard output; its log on standard error). docs/editors.md sets it up in editors.
/// </summary>
internal static class LspCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command(
            "lsp",
            "The language server (LSP over standard input and output): the build's diagnostics as you type, completion, definitions, references, rename and " +
                "code actions. Editors start it; see docs/editors.md.");
        var cache = CacheOptions.On(command);
        command.SetAction(async (result, cancellation) =>
        {
            await LanguageServerHost.RunAsync(
                Console.OpenStandardInput(),
                Console.OpenStandardOutput(),
                result.GetValue(common.Annotations),
                Console.Error,
                new AnalysisProbe(),
                cache.For(result, common.Context),
                cancellation);
            return ExitCodes.Success;
        });
        return command;
    }
}
