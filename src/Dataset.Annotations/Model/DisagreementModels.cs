using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Annotations.Model;

/// <summary>
/// One entry of a record's <c>disagreement:</c>: a field with the two annotators' values (<see cref="A"/>,
/// <see cref="B"/>: where each is written), or <c>only-in</c> with the one annotator who marked the record
/// (<see cref="OnlyIn"/>). <see cref="Entry"/> spans the entry, name to value; <see cref="Current"/> is the record's own
/// value of the field, which a decision replaces (null when the record leaves the field out).
/// </summary>
internal sealed record DisagreementEntry(string Field, LocationInfo Entry, LocationInfo? A, LocationInfo? B, LocationInfo? Current, string? OnlyIn);

/// <summary>
/// A record's <c>disagreement:</c>, written by <c>dataset adjudicate</c>: where the record and the block are, for the
/// edits that resolve it, and its entries, each reported (DS0042) until a person resolves it.
/// </summary>
internal sealed record DisagreementBlock(LocationInfo Record, LocationInfo Block, EquatableArray<DisagreementEntry> Entries);
