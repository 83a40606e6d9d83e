using System;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Model;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Pipeline;

/// <summary>
/// Where a <see cref="FolderAnalysis"/> may find the results of its costly per-file stages as an earlier run of the
/// tool computed them, each filed under the digest of everything it was computed from: a file's parse under its path
/// and text, an article's evidence check under the article and the requests naming it, a file's check under its
/// slice of the dataset, an article's coverage under its input and the declared names. Each method returns the
/// stage's result for the input, from the cache or by running the stage it is given.
/// </summary>
internal interface IStageCache
{
    /// <summary>A file's parse: its content is decoded only when the parse runs.</summary>
    AnnotationFile Parse(FileChange file, Func<string, string?, AnnotationFile> parse);

    CheckedEvidence CheckEvidence(EvidenceWork work, Func<EvidenceWork, CheckedEvidence> check);

    ValidatedFile Validate(FileSlice slice, Func<FileSlice, ValidatedFile> validate);

    CoverageReport Cover(CoverInput input, Func<CoverInput, CoverageReport> cover);
}

/// <summary>No cache: every stage runs.</summary>
internal sealed class NoStageCache : IStageCache
{
    public static readonly NoStageCache Instance = new();

    private NoStageCache()
    {
    }

    public AnnotationFile Parse(FileChange file, Func<string, string?, AnnotationFile> parse) => parse(file.Path, file.DecodedText());

    public CheckedEvidence CheckEvidence(EvidenceWork work, Func<EvidenceWork, CheckedEvidence> check) => check(work);

    public ValidatedFile Validate(FileSlice slice, Func<FileSlice, ValidatedFile> validate) => validate(slice);

    public CoverageReport Cover(CoverInput input, Func<CoverInput, CoverageReport> cover) => cover(input);
}
