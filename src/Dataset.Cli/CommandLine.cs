namespace Dataset.Cli;

/// <summary>Dispatches the command line to a command; returns the process exit code.</summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var catalog = Dataset.Seeds.Catalog.Instance;
        output.WriteLine($"{catalog.Documents.Count} documents, {catalog.Actors.Count} actors, {catalog.Statements.Count} statements, {catalog.Sanctions.Count} sanctions");
        return 0;
    }
}
