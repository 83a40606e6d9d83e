namespace Dataset.Generators.Emitting;

/// <summary>How each file's holder class carries its records' data; one form for the whole project.</summary>
internal enum RecordDataForm
{
    /// <summary>
    /// A string literal in the holder's private constructor (not a constant field, whose value would be stored a
    /// second time). A reference assembly leaves it out, so an edit that keeps the ids leaves the
    /// reference assembly as it was and projects referencing this one do not recompile. Its characters go to the
    /// user-string heap, which holds 16 MB per assembly.
    /// </summary>
    Strings,

    /// <summary>
    /// A UTF-8 literal (C# 11), stored outside the user-string heap in &lt;PrivateImplementationDetails&gt;, which a
    /// reference assembly keeps: any edit of the records changes it.
    /// </summary>
    Utf8,
}
