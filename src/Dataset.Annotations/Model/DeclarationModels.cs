using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Annotations.Model;

/// <summary>
/// One id declared in a file, with what other files need to know of it. No location: an edit that only moves text
/// must leave it equal, or every such edit would rebuild the id index from the whole corpus.
/// </summary>
internal sealed record Declaration(RecordKind Kind, string Id, bool HasErrors, string Display)
{
    /// <summary>
    /// A document's publisher and wire (<see cref="Validation.SourceNames"/>), which other documents' wires are compared
    /// with; empty for other records.
    /// </summary>
    public EquatableArray<string> Sources { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>One id a file refers to.</summary>
internal sealed record Reference(RecordKind Kind, string Id);

/// <summary>What one file contributes to the id index: its declarations and references, nothing else.</summary>
internal sealed record FileDeclarations(string Path, EquatableArray<Declaration> Declarations, EquatableArray<Reference> References);

/// <summary>
/// One record of the whole dataset, after duplicates and name collisions are settled. <see cref="Order"/> is the
/// declaration's place in its file, which fixes the record's place in its file's generated record lists.
/// </summary>
internal sealed record IndexedId(RecordKind Kind, string Id, string Name, string FilePath, int Order, string Display, bool Emitted)
{
    /// <summary>A document's publisher and wire, as its declaration gives them.</summary>
    public EquatableArray<string> Sources { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>A declaration by place: the <see cref="Order"/>-th declaration of a file, which that file can locate.</summary>
internal sealed record DeclarationSite(string FilePath, int Order);

/// <summary>
/// A problem the id index finds from ids alone (a duplicate, a name collision, an unused actor). The file it belongs to
/// turns the site into its own location; a duplicate also names the site of the first declaration, for its message.
/// </summary>
internal sealed record DeclarationProblem(DeclarationSite Site, string DiagnosticId, EquatableArray<string> Arguments, DeclarationSite? FirstDeclaration);

/// <summary>Where a declaration that others duplicate was written, read from its own file.</summary>
internal sealed record LocatedSite(DeclarationSite Site, LocationInfo Location);
