using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Text;
using Dataset.Annotations.Validation;
using Dataset.Generators.Emitting;
using Dataset.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.ColdRun;

/// <summary>
/// The generator's per-file steps, and their cold run made ahead on every core. Roslyn runs a step's items one after
/// another, so a build with a thousand articles leaves all cores but one idle for most of the generator's time. On a
/// driver's first run (a command-line build's only run), each group of per-file steps is made for every file at once, in
/// parallel, just before Roslyn asks for the first of them; each step then takes its result
/// (<see cref="MadeAhead{TInput, TResult}"/>). Every later run of the driver is Roslyn's own, one changed file at a time.
/// The results are the same either way: each step is a function of its input alone.
/// </summary>
internal static class ColdRunSteps
{
    /// <summary>Fewer files than this are made one after another: sharing them out would cost more than it saves.</summary>
    public const int SharedFrom = 64;

    public static readonly MadeAhead<AdditionalText, AnnotationFile> ParsedAhead = new();
    public static readonly MadeAhead<EvidenceWork, CheckedEvidence> EvidenceAhead = new();
    public static readonly MadeAhead<CheckedEvidence, CoverageInput?> CoverageInputsAhead = new();
    public static readonly MadeAhead<CoverageInput, CoverageReport> CoverageAhead = new();
    public static readonly MadeAhead<FileSlice, ValidatedFile> ValidatedAhead = new();
    public static readonly MadeAhead<ValidatedFile, EmitInput> EmitInputsAhead = new();
    public static readonly MadeAhead<EmitInput, FileRecordData> RecordDataAhead = new();
    public static readonly MadeAhead<FileRecordData, GeneratedFile> GeneratedAhead = new();

    /// <summary>
    /// The stages made ahead for a driver, keyed by its settings: Roslyn keeps a step's earlier value when the new one
    /// equals it, so the settings are one instance for all of a driver's runs and another for a new driver's.
    /// </summary>
    private static readonly ConditionalWeakTable<GeneratorSettings, ConcurrentDictionary<string, bool>> Started = new();

    public static AnnotationFile Parse(AdditionalText file, CancellationToken cancellationToken) =>
        ParsedAhead.Take(file, () => ParseNow(file, cancellationToken));

    public static CheckedEvidence CheckEvidence(EvidenceWork work, CancellationToken cancellationToken) =>
        EvidenceAhead.Take(work, () => AnnotationStages.CheckEvidence(work, cancellationToken));

    public static CoverageInput? CoverageInputFor(CheckedEvidence evidence) =>
        CoverageInputsAhead.Take(evidence, () => AnnotationStages.CoverageInputFor(evidence));

    public static CoverageReport Cover(CoverageInput input, ActorNames names, CancellationToken cancellationToken) =>
        CoverageAhead.Take(input, () => AnnotationStages.Cover(input, names, cancellationToken));

    public static ValidatedFile Validate(FileSlice slice, CancellationToken cancellationToken) =>
        ValidatedAhead.Take(slice, () => AnnotationStages.Validate(slice, cancellationToken));

    public static EmitInput EmitInputFor(ValidatedFile file, GeneratorSettings settings) =>
        EmitInputsAhead.Take(file, () => Model.EmitInputs.For(file, settings));

    public static FileRecordData Encode(EmitInput input, CancellationToken cancellationToken) =>
        RecordDataAhead.Take(input, () => EncodeNow(input, cancellationToken));

    public static GeneratedFile Emit(FileRecordData file, CancellationToken cancellationToken) =>
        GeneratedAhead.Take(file, () => AnnotationEmitter.Emit(file, cancellationToken));

    /// <summary>Parses every annotation ahead, on the project's first run. Returns how many files there are.</summary>
    public static int ParseAhead(ImmutableArray<AdditionalText> files, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        Share(nameof(ParseAhead), files, settings, file => ParsedAhead.Keep(file, ParseNow(file, cancellationToken)), cancellationToken);
        return files.Length;
    }

    /// <summary>Checks every article's evidence ahead, and measures its coverage, on the project's first run.</summary>
    public static int CheckAhead(ImmutableArray<EvidenceWork> work, ActorNames names, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        Share(nameof(CheckAhead), work, settings, item =>
        {
            var evidence = EvidenceAhead.Keep(item, AnnotationStages.CheckEvidence(item, cancellationToken));
            if (CoverageInputsAhead.Keep(evidence, AnnotationStages.CoverageInputFor(evidence)) is { } input)
            {
                CoverageAhead.Keep(input, AnnotationStages.Cover(input, names, cancellationToken));
            }
        }, cancellationToken);
        return work.Length;
    }

    /// <summary>Validates, encodes and emits every annotation ahead, on the project's first run.</summary>
    public static int EmitAhead(ImmutableArray<FileSlice> slices, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        Share(nameof(EmitAhead), slices, settings, slice =>
        {
            var validated = ValidatedAhead.Keep(slice, AnnotationStages.Validate(slice, cancellationToken));
            var input = EmitInputsAhead.Keep(validated, Model.EmitInputs.For(validated, settings));
            var records = RecordDataAhead.Keep(input, EncodeNow(input, cancellationToken));
            GeneratedAhead.Keep(records, AnnotationEmitter.Emit(records, cancellationToken));
        }, cancellationToken);
        return slices.Length;
    }

    private static AnnotationFile ParseNow(AdditionalText file, CancellationToken cancellationToken) =>
        AnnotationStages.Parse(file.Path, file.GetText(cancellationToken)?.ToString(), cancellationToken);

    private static FileRecordData EncodeNow(EmitInput input, CancellationToken cancellationToken) =>
        new(input, AnnotationStages.Encode(input.Validated, cancellationToken));

    private static void Share<T>(string stage, ImmutableArray<T> items, GeneratorSettings settings, System.Action<T> make, CancellationToken cancellationToken)
    {
        if (items.Length < SharedFrom || !Started.GetOrCreateValue(settings).TryAdd(stage, true))
        {
            return;
        }

        Parallel.ForEach((IEnumerable<T>)items, new ParallelOptions { CancellationToken = cancellationToken }, make);
    }
}
