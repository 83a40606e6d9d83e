using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;

namespace Dataset.Generators.Model;

/// <summary>
/// One validated annotation with the names its source gets in this project: its namespace, hint name and the name of
/// the catalog's constant that holds its records. Everything needed to write the file's source and report its diagnostics.
/// </summary>
internal sealed record EmitInput(ValidatedFile Validated, string Namespace, string HintName, string DataConstantName)
{
    public AnnotationFile File => Validated.File;

    public string SourcePath => Validated.SourcePath;

    public EquatableArray<RecordKey> EmittedKeys => Validated.EmittedKeys;

    public EquatableArray<NamedReference> References => Validated.References;

    public EvidenceForFile? Evidence => Validated.Evidence;

    public EquatableArray<DiagnosticInfo> Diagnostics => Validated.Diagnostics;
}

/// <summary>
/// One annotation's emit input with its records as data (null when it declares none), computed once.
/// </summary>
internal sealed record FileRecordData(EmitInput Input, string? Data);

/// <summary>One generated source and the diagnostics to report with it.</summary>
internal sealed record GeneratedFile(string HintName, string Source, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Names a validated annotation's source in this project.</summary>
internal static class EmitInputs
{
    public static EmitInput For(ValidatedFile file, GeneratorSettings settings) => new(
        file,
        settings.Namespace,
        Emitting.GeneratedNames.HintName(file.File.Path, settings.ProjectDirectory),
        Emitting.GeneratedNames.DataConstantName(file.File.Path, settings.ProjectDirectory));
}
