namespace Dataset;

/// <summary>The records of one annotation file read from its data string, for catalogs that hold the data as strings.</summary>
internal sealed class DataArticleRecords(DatasetCatalog catalog, string data) : ArticleRecords(catalog, data);
