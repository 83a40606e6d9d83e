using Dataset.Seeds;

namespace Dataset.Tests;

public class SeedDatasetTests
{
    [Fact]
    public void Seed_catalog_is_not_empty()
    {
        Assert.NotEmpty(Catalog.Instance.Documents);
    }
}
