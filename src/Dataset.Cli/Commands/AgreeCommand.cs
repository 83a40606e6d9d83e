using Dataset.Annotations.Agreement;
using Dataset.Cli.Invocation;
using Dataset.Cli.Teams;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset agree A B`: how far two annotators of the same articles agree (docs/teams.md): u-alpha and F1 of their
/// spans, kappa and alpha per field of the records they both marked, per article and overall.
/// </summary>
internal static class AgreeCommand
{
    public static Command Create(CommonOptions common)
    {
        var a = Source(
            "A", "The first annotator's annotations: a folder, REV:PATH (a folder as a git revision holds it) or REV (the default folder at that revision)");
        var b = Source("B", "The second annotator's annotations, as A");
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (tables) or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command(
            "agree",
            "Agreement of two annotators of the same articles: u-alpha and F1 of their spans, Cohen's kappa and Krippendorff's alpha per field of matched " +
                "records, per article and overall.")
        {
            a, b, format,
        };
        command.SetAction(result =>
        {
            var defaultFolder = CorpusLoader.SourceFolder(result.GetValue(common.Annotations));
            var first = AnnotatorRun.Read(AnnotatorSource.Resolve(result.GetValue(a)!, defaultFolder), common.Context.Error);
            var second = AnnotatorRun.Read(AnnotatorSource.Resolve(result.GetValue(b)!, defaultFolder), common.Context.Error);
            var agreement = FolderAgreement.Of(first.Articles, second.Articles);
            if (result.GetValue(format) == "json")
            {
                AgreementJson.Write(common.Context.Output, agreement, first, second);
            }
            else
            {
                AgreementText.Write(common.Context.Output, agreement, first, second);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static Argument<string> Source(string name, string description) => new(name) { Description = description, HelpName = name };
}
