namespace Dataset.TestSupport;

/// <summary>
/// The folder the tool under test keeps its analysis cache in: one per test run, under the system temp folder and
/// removed when the run ends, so that tests exercise the cache without reading or filling the user's.
/// </summary>
internal static class TestCache
{
    /// <summary>What the tool reads to find the cache folder, for processes the tests start.</summary>
    public const string Variable = "DATASET_CACHE_DIR";

    public static string Folder { get; } = Create();

    private static string Create()
    {
        var folder = Directory.CreateTempSubdirectory("dataset-test-cache-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A process the run started may still hold a file: the system cleans its temp folder.
            }
        };
        return folder;
    }
}
