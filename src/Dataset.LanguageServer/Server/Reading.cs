namespace Dataset.LanguageServer.Server;

/// <summary>How much of an analysis a request reads, and so how long it waits for it.</summary>
internal enum Reading
{
    /// <summary>Models and ids only (completion, symbols, references, rename): answered once the analysis has settled them.</summary>
    Declarations,

    /// <summary>Checks and coverage too (diagnostics, evidence, code actions): answered once the analysis has ended.</summary>
    Everything,
}
