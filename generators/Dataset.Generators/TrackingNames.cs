namespace Dataset.Generators;

/// <summary>The name of every tracked step, so tests can assert what was cached after an edit.</summary>
internal static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string Annotations = nameof(Annotations);
    public const string ArticleTexts = nameof(ArticleTexts);
    public const string TextPaths = nameof(TextPaths);
    public const string Declarations = nameof(Declarations);
    public const string IdIndex = nameof(IdIndex);
    public const string DuplicatedDeclarations = nameof(DuplicatedDeclarations);
    public const string DuplicatedDeclarationIndex = nameof(DuplicatedDeclarationIndex);
    public const string EvidenceRequests = nameof(EvidenceRequests);
    public const string EvidenceRequestIndex = nameof(EvidenceRequestIndex);
    public const string EvidenceWork = nameof(EvidenceWork);
    public const string Evidence = nameof(Evidence);
    public const string EvidenceIndex = nameof(EvidenceIndex);
    public const string DeclaredNames = nameof(DeclaredNames);
    public const string ActorNames = nameof(ActorNames);
    public const string CoverageInputs = nameof(CoverageInputs);
    public const string Coverage = nameof(Coverage);
    public const string EventFacts = nameof(EventFacts);
    public const string LinkIndex = nameof(LinkIndex);
    public const string ValidationContext = nameof(ValidationContext);
    public const string ValidationSlices = nameof(ValidationSlices);
    public const string ValidatedFiles = nameof(ValidatedFiles);
    public const string EmitInputs = nameof(EmitInputs);
    public const string RecordData = nameof(RecordData);
    public const string GeneratedFiles = nameof(GeneratedFiles);
    public const string CatalogSource = nameof(CatalogSource);
    public const string LanguageFeatures = nameof(LanguageFeatures);
    public const string ReferencedShardIndex = nameof(ReferencedShardIndex);
    public const string ManifestFiles = nameof(ManifestFiles);
    public const string ManifestSource = nameof(ManifestSource);
}
