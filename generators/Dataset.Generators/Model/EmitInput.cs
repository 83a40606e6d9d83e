using Dataset.Generators.Diagnostics;

namespace Dataset.Generators.Model;

/// <summary>What another file tells this one about an id it refers to: its C# name and a display for docs.</summary>
internal sealed record NamedReference(string Kind, string Id, string Name, string Display);

/// <summary>
/// Everything needed to write one annotation's source and report its diagnostics, already narrowed to that file,
/// so that the emit step reruns only when something this file depends on changed. <c>SourcePath</c> is the
/// annotation's path relative to the project, as its records carry it.
/// </summary>
internal sealed record EmitInput(
    AnnotationFile File,
    string SourcePath,
    string Namespace,
    string HintName,
    string HolderName,
    EquatableArray<string> EmittedKeys,
    EquatableArray<NamedReference> References,
    EvidenceForFile? Evidence,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// One annotation's emit input with its records as data (null when it declares none), computed once: its length
/// counts towards the project's choice of <see cref="Emitting.RecordDataForm"/>, its text is emitted.
/// </summary>
internal sealed record FileRecordData(EmitInput Input, string? Data)
{
    public int Length => Data?.Length ?? 0;
}

/// <summary>One generated source and the diagnostics to report with it.</summary>
internal sealed record GeneratedFile(string HintName, string Source, EquatableArray<DiagnosticInfo> Diagnostics);
