using Dataset.Cli.Cli;
using Dataset.Generators;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset validate [PATH]`: the build's own checks (the generator's <see cref="AnnotationValidator"/>) on a folder of
/// annotations and articles, without building. Given one file, checks its folder and reports that file only.
/// </summary>
internal static class ValidateCommand
{
    public static int Run(Arguments arguments, CliContext context)
    {
        if (arguments.HelpRequested)
        {
            return HelpCommand.Show("validate", context);
        }

        var progress = context.Progress.Force(arguments.Flag("progress"));
        arguments.EnsureAllUsed("validate", 1);
        var target = Path.GetFullPath(arguments.Positional.Count == 1 ? arguments.Positional[0] : "seeds");
        var (folder, onlyFile) = File.Exists(target) ? (Path.GetDirectoryName(target)!, target) : (target, (string?)null);
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"No folder or file '{target}' to validate.");
        }

        var paths = AnnotationFolder.Paths(folder);
        var files = new List<KeyValuePair<string, string?>>(paths.Count);
        foreach (var path in paths)
        {
            progress.Step("validate", files.Count + 1, paths.Count, AnnotationFolder.Display(path));
            files.Add(new(path, AnnotationFolder.Read(path)));
        }

        progress.Note("validate", "checking annotations against each other and their articles");
        var problems = AnnotationValidator.Validate(files)
            .Where(p => onlyFile is null || SamePath(p.Path, onlyFile))
            .ToList();
        foreach (var problem in problems)
        {
            context.Output.WriteLine($"{AnnotationFolder.Display(problem.Path)}({problem.Line},{problem.Column}): {(problem.IsError ? "error" : "warning")} {problem.Id}: {problem.Message}");
        }

        var annotations = paths.Count(p => !p.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
        var errors = problems.Count(p => p.IsError);
        context.Output.WriteLine($"validate: {(onlyFile is null ? $"{annotations} annotation file(s)" : AnnotationFolder.Display(onlyFile))}, {errors} error(s), {problems.Count - errors} warning(s)");
        return errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
