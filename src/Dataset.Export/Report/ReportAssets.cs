namespace Dataset.Export;

/// <summary>The report's style sheet and script, kept as files beside this one and embedded in the tool.</summary>
internal static class ReportAssets
{
    public static string Css { get; } = Read("report.css");

    public static string Script { get; } = Read("report.js");

    private static string Read(string name)
    {
        var assembly = typeof(ReportAssets).Assembly;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource {name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        // A stray "</" would end the inline <style> or <script> early.
        return reader.ReadToEnd().Replace("</", "<\\/", StringComparison.Ordinal);
    }
}
