using Dataset.Annotations.Pipeline;
using Dataset.CorpusMaker;
using Dataset.Generators.Emitting;
using Dataset.Generators.Model;

namespace Dataset.Generators.Tests.Emitting;

/// <summary>
/// The generator's emitters take the compiler's token, as the engine's stages do (StageCancellationTests): each runs
/// here on a synthetic folder to its source with a live token, and to <see cref="OperationCanceledException"/> with a
/// cancelled one.
/// </summary>
public class EmitterCancellationTests
{
    private static readonly GeneratorSettings Settings = new("Cancel.Data", "/cancel", null);

    private static readonly Lazy<FolderRun> Run = new(() => new FolderRun(
        SyntheticCorpus.Make(articles: 6, seed: 42).Files.Select(f => new KeyValuePair<string, string?>("/cancel/" + f.Path, f.Text)),
        "/cancel"));

    public static TheoryData<string> Emitters => new(EmitterCalls.Keys.Order(StringComparer.Ordinal));

    private static Dictionary<string, Func<CancellationToken, object?>> EmitterCalls => new(StringComparer.Ordinal)
    {
        ["AnnotationEmitter.Emit"] = token => AnnotationEmitter.Emit(RecordData(), token),
        ["CatalogEmitter.Output"] = token => CatalogEmitter.Output(Run.Value.Ids, Settings, token),
        ["ManifestEmitter.Emit"] = token => ManifestEmitter.Emit(Run.Value.Annotations.Select(ManifestEmitter.EntriesOf), Settings, token),
    };

    [Theory]
    [MemberData(nameof(Emitters))]
    public void An_emitter_writes_its_source_with_a_live_token_and_stops_on_a_cancelled_one(string emitter) =>
        Cancellation.RunsLiveAndStopsCancelled(EmitterCalls[emitter]);

    /// <summary>The records of the folder's first article that has statements.</summary>
    private static FileRecordData RecordData()
    {
        var validated = Run.Value.Validated.First(v => v.File.Statements.Count > 0);
        return new FileRecordData(EmitInputs.For(validated, Settings), AnnotationStages.Encode(validated, CancellationToken.None));
    }
}
