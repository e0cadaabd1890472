// Each test class kills processes and measures recovery times: one collection, so they run one at a time.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
