using Dataset.Cli.Invocation;
using Dataset.Export.Releases;

namespace Dataset.Cli.Releases;

/// <summary>After a full export to files: the delta from an earlier release when asked (--since), then the manifest, which lists both.</summary>
internal static class ReleaseOutputs
{
    public static void Write(
        DatasetCatalog catalog,
        string format,
        string output,
        bool folder,
        IReadOnlyList<string> files,
        string? since,
        CliContext context,
        Progress progress)
    {
        var written = files.ToList();
        IReadOnlyList<RecordChange>? delta = null;
        if (since is not null)
        {
            var earlier = ReleaseSource.Parse(since).Read(context, progress);
            delta = DatasetDiff.Compare(ReleaseRecords.Of(earlier), ReleaseRecords.Of(catalog));
            var deltaPath = ReleaseFiles.DeltaPath(output, folder);
            DatasetExporter.WriteFile(deltaPath, w => DeltaLines.Write(w, delta));
            written.Add(deltaPath);
            context.Output.WriteLine(
                $"wrote {Path.GetFullPath(deltaPath)}: {delta.Count(c => c.Change == ChangeKind.Added)} added, " +
                    $"{delta.Count(c => c.Change == ChangeKind.Changed)} changed, {delta.Count(c => c.Change == ChangeKind.Removed)} removed since {since}");
        }

        var manifestPath = ReleaseFiles.ManifestPath(output, folder);
        var manifest = ReleaseManifest.Create(catalog, format, ReleaseFiles.ToolVersion, written, delta, since);
        DatasetExporter.WriteFile(
            manifestPath,
            w => w.Write(manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions(ExportJson.Compact) { WriteIndented = true }) + "\n"));
        context.Output.WriteLine($"wrote {Path.GetFullPath(manifestPath)}");
    }
}
