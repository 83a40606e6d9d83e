using System.Collections.Generic;

namespace Dataset.Generators.Emitting;

/// <summary>Chooses the form of the records' data from the project's total: strings while they fit the budget.</summary>
internal static class RecordDataBudget
{
    /// <summary>
    /// The most record data, in UTF-16 characters across every file of a project, kept as string literals. The
    /// user-string heap is limited to 16 MB (its offsets are 24 bits; overflowing it is CS8103) and stores 2 bytes
    /// per character, so 6,000,000 characters take 12 MB and leave about 4 MB (2 million characters) to the
    /// project's other string literals. The benchmarks' synthetic corpus has 4.3 million characters of data for 1,000
    /// articles (about 4,300 each), so a project of some 1,400 such articles keeps its data as strings.
    /// </summary>
    public const long MaxStringChars = 6_000_000;

    /// <param name="lengths">Each file's data length, in characters.</param>
    /// <param name="utf8Literals">Whether the language version has UTF-8 literals (C# 11); without them data is always strings.</param>
    public static RecordDataForm Choose(IEnumerable<int> lengths, bool utf8Literals)
    {
        var total = 0L;
        foreach (var length in lengths)
        {
            total += length;
        }

        return utf8Literals && total > MaxStringChars ? RecordDataForm.Utf8 : RecordDataForm.Strings;
    }
}
