using Dataset.Annotations;
using Dataset.Annotations.Agreement;
using Dataset.Cli.Invocation;
using Dataset.Cli.Teams;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset adjudicate A B --output C`: a merged folder where every record both annotators marked alike is kept and
/// every difference is a <c>disagreement:</c> entry a person resolves (warning DS0042 until then; docs/teams.md).
/// </summary>
internal static class AdjudicateCommand
{
    public static Command Create(CommonOptions common)
    {
        var a = AgreeCommand.Source("A", "The first annotator's annotations (folder, REV:PATH or REV); its files are the base of the merged folder");
        var b = AgreeCommand.Source("B", "The second annotator's annotations, as A");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the merged annotations into (new or empty)",
            HelpName = "DIR",
            Required = true,
        };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty, replacing files of the same names" };
        var command = new Command(
            "adjudicate", "Merge two annotators' folders: what they agree on is kept, each difference becomes a disagreement: entry to resolve (DS0042).")
        {
            a, b, output, force,
        };
        command.SetAction(result =>
        {
            var defaultFolder = CorpusLoader.SourceFolder(result.GetValue(common.Annotations));
            var first = AnnotatorRun.Read(AnnotatorSource.Resolve(result.GetValue(a)!, defaultFolder), common.Context.Error);
            var second = AnnotatorRun.Read(AnnotatorSource.Resolve(result.GetValue(b)!, defaultFolder), common.Context.Error);
            var target = Path.GetFullPath(result.GetValue(output)!);
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !result.GetValue(force))
            {
                common.Context.Error.WriteLine(
                    $"dataset: {AnnotationFolder.Display(target)} is not empty; give a new or empty folder, or --force to write into it.");
                return ExitCodes.Failure;
            }

            var merged = FolderAdjudication.Of(first, second, FolderAgreement.Of(first.Articles, second.Articles));
            foreach (var (relative, text) in merged.Files)
            {
                WholeFile.WriteText(Path.Combine(target, relative), writer => writer.Write(text));
            }

            foreach (var note in merged.Notes)
            {
                common.Context.Output.WriteLine($"  {note}");
            }

            var problems = AnnotationReader.Read(merged.Files.Select(f => new KeyValuePair<string, string?>(Path.Combine(target, f.Key), f.Value))).Problems;
            foreach (var problem in problems.Where(p => p.IsError))
            {
                common.Context.Error.WriteLine(AnnotationFolder.Format(problem));
            }

            common.Context.Output.WriteLine(
                $"adjudicate: {merged.Files.Count} file(s) written to {AnnotationFolder.Display(target)}: {merged.Articles} article(s) merged, " +
                    $"{merged.Agreed} record(s) agreed, {merged.Disagreements} disagreement(s) to resolve (warning DS0042 at each)");
            return problems.Any(p => p.IsError) ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
