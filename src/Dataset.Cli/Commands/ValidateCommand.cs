using Dataset.Annotations.Caching;
using Dataset.Cli.Invocation;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset validate [PATH]`: the build's own checks (the engine's reader, through <see cref="AnnotationFolder"/>)
/// on a folder of annotations and articles, without building. Given one file, checks its folder and reports that
/// file only.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CommonOptions common)
    {
        var path = new Argument<string?>("PATH")
        {
            Description = "A folder, or one annotation in it [default: --annotations, else ./annotations, else ./seeds]",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command(
            "validate",
            "The build's checks on a folder or one annotation, without building. Prints path(line,col): error|warning DSnnnn: message; exit 1 when there is " +
                "an error.")
        {
            path,
        };
        var cache = CacheOptions.On(command);
        command.SetAction(result => Run(result.GetValue(path) ?? result.GetValue(common.Annotations), result, common, cache.For(result, common.Context)));
        return command;
    }

    private static int Run(string? given, ParseResult result, CommonOptions common, CacheLocation cache)
    {
        var context = common.Context;
        var target = CorpusLoader.SourceFolder(given);
        var (folder, onlyFile) = File.Exists(target) ? (Path.GetDirectoryName(target)!, target) : (target, (string?)null);
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"No folder or file '{target}' to validate.");
        }

        var progress = common.ProgressFor(result);
        var validated = AnnotationFolder.Check(folder, cache, progress);
        var problems = validated.Check.Problems.Where(p => onlyFile is null || SamePath(p.Path, onlyFile)).ToList();
        foreach (var problem in problems)
        {
            context.Output.WriteLine(AnnotationFolder.Format(problem));
        }

        var errors = problems.Count(p => p.IsError);
        var infos = problems.Count(p => p.SeverityWord == "info");
        context.Output.WriteLine(
            $"validate: {(onlyFile is null ? $"{validated.AnnotationCount} annotation file(s)" : AnnotationFolder.Display(onlyFile))}, " +
                $"{errors} error(s), " +
                $"{problems.Count - errors - infos} warning(s){(infos > 0 ? $", {infos} info" : string.Empty)}");
        return errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
