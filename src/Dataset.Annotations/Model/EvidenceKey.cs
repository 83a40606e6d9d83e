namespace Dataset.Annotations.Model;

/// <summary>
/// Whose text an evidence check locates: a statement's or sanction's evidence, or the n-th passage an annotation leaves
/// unannotated on purpose (located the same way, for the coverage check, but no record's evidence).
/// </summary>
internal readonly record struct EvidenceKey(RecordKey? Record, int UnannotatedIndex)
{
    public static EvidenceKey Of(RecordKind kind, string id) => new(new RecordKey(kind, id), -1);

    public static EvidenceKey Unannotated(int index) => new(null, index);

    public bool IsUnannotated => Record is null;
}
