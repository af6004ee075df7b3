import ArchiveDomain
import ArchiveRepository
import Benchmark
import Foundation

// Each stage of an import, then search and export, on the real articles of ../shared/corpus/{fr,en}. The stages
// an importer runs once per article are measured one article a sample, every article the same number of times
// (one warm-up pass, then two measured passes), so the percentiles are the spread over the corpus. Figures are
// printed by `scripts/bench-parts`, never asserted.
let benchmarks: @Sendable () -> Void = {
    guard !Corpus.files.isEmpty else {
        // Every benchmark process registers the suite; scripts/bench-parts says so once and exits before this.
        FileHandle.standardError.write(Data("\(Corpus.sharedFolder.path) not found: no benchmarks registered\n".utf8))
        return
    }
    let articleCount = Corpus.files.count
    let timeAndAllocations: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal]
    let perArticle = Benchmark.Configuration(
        metrics: timeAndAllocations, warmupIterations: articleCount, maxDuration: .seconds(120),
        maxIterations: 2 * articleCount)

    Benchmark("parse (PlainTextParser), per article", configuration: perArticle) {
        (benchmark: Benchmark, articles: Cycle<Corpus.ArticleText>) throws in
        blackHole(try PlainTextParser().parse(articles.next().text))
    } setup: {
        Cycle(try Corpus.texts())
    }

    Benchmark("sentence split (SentenceSegmenter), per article", configuration: perArticle) {
        (benchmark: Benchmark, articles: Cycle<(segmenter: SentenceSegmenter, texts: [String])>) in
        let article = articles.next()
        for text in article.texts { blackHole(article.segmenter.split(text)) }
    } setup: {
        // The segmenter ClaimExtractor builds for each language, over the texts PreparedArticle gives it.
        let segmenters = Dictionary(
            uniqueKeysWithValues: Language.allCases.map { ($0, SentenceSegmenter(language: $0)) })
        return Cycle(try Corpus.documents().map { (segmenters[$0.language]!, extractedTexts(of: $0)) })
    }

    Benchmark("claim extraction (ClaimExtractor.analyze), per article", configuration: perArticle) {
        (benchmark: Benchmark, documents: Cycle<ArticleDocument>) in
        let document = documents.next()
        blackHole(
            ClaimExtractor().analyze(
                sections: extractedTexts(of: document), language: document.language,
                context: ClaimContext(document: document)))
    } setup: {
        Cycle(try Corpus.documents())
    }

    for tokenizer in TokenizerTable.Tokenizer.allCases {
        // The archive_stem word cache lives as long as the connection, so after the warm-up pass every word is
        // cached, as in the bulk of a large import.
        Benchmark("tokenize into FTS5 (\(tokenizer.rawValue)), per article", configuration: perArticle) {
            (benchmark: Benchmark, state: (table: TokenizerTable, documents: Cycle<ArticleDocument>)) throws in
            let document = state.documents.next()
            try state.table.begin()
            benchmark.startMeasurement()
            for section in document.sections {
                try state.table.insert(title: document.title, heading: section.heading, body: section.text)
            }
            benchmark.stopMeasurement()
            try state.table.rollBack()
        } setup: {
            (try TokenizerTable(tokenizer), Cycle(try Corpus.documents()))
        }
    }

    // One sample = every article saved in the importer's batches, so commits, FTS5 segment writes and the claim
    // index are counted; the custom metrics divide it per article. Into a new archive, the archive_stem word cache
    // starts empty (a small import); into one that keeps growing, it is warm (the bulk of a large import).
    let nanosecondsPerArticle = BenchmarkMetric.custom(
        "ns per article", polarity: .prefersSmaller, useScalingFactor: false)
    let articlesPerSecond = BenchmarkMetric.custom("articles per s", polarity: .prefersLarger, useScalingFactor: false)
    let insertConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal, nanosecondsPerArticle, articlesPerSecond], warmupIterations: 1,
        maxDuration: .seconds(60), maxIterations: 10)
    func measureInsert(_ benchmark: Benchmark, _ articles: [PreparedArticle], into archive: ScratchArchive) throws {
        let clock = ContinuousClock()
        let start = clock.now
        benchmark.startMeasurement()
        try archive.insert(articles)
        benchmark.stopMeasurement()
        let elapsed = (clock.now - start).nanoseconds
        benchmark.measurement(nanosecondsPerArticle, elapsed / articles.count)
        benchmark.measurement(articlesPerSecond, articles.count * 1_000_000_000 / max(elapsed, 1))
    }

    Benchmark(
        "insert (ArticleRepository.save) \(articleCount) articles into a new archive, batches of "
            + "\(ScratchArchive.importerBatchSize)",
        configuration: insertConfiguration
    ) { (benchmark: Benchmark, articles: [PreparedArticle]) throws in
        let archive = try ScratchArchive()
        try withExtendedLifetime(archive) { try measureInsert(benchmark, articles, into: archive) }
    } setup: {
        try Corpus.preparedArticles()
    }

    Benchmark(
        "insert (ArticleRepository.save) \(articleCount) more articles into a growing archive, batches of "
            + "\(ScratchArchive.importerBatchSize)",
        configuration: insertConfiguration
    ) { (benchmark: Benchmark, copies: ArticleCopies) throws in
        try measureInsert(benchmark, copies.next(), into: copies.archive)
    } setup: {
        ArticleCopies(of: try Corpus.preparedArticles(), archive: try ScratchArchive())
    } teardown: {
        ScratchArchive.removeAll()
    }

    for query in ["gouvernement", "réforme des retraites", "climate change"] {
        Benchmark(
            "search \"\(query)\", top 10, archive of \(articleCount) articles",
            configuration: .init(metrics: timeAndAllocations, warmupIterations: 10, maxDuration: .seconds(3))
        ) { (benchmark: Benchmark, archive: ScratchArchive) throws in
            // From the user's text, as `archive search` does: the query parsing is part of a search.
            blackHole(try archive.repository.search(SearchQuery(text: try FTSQuery(userText: query), limit: 10)))
        } setup: {
            try ScratchArchive(holding: try Corpus.preparedArticles())
        } teardown: {
            ScratchArchive.removeAll()
        }
    }

    Benchmark(
        "export all \(articleCount) articles as CSV to /dev/null",
        configuration: .init(metrics: timeAndAllocations, warmupIterations: 3, maxDuration: .seconds(5))
    ) { (benchmark: Benchmark, archive: ScratchArchive) throws in
        let sink = try OutputSink(path: "/dev/null")
        try archive.repository.export(.articles, to: try CSVWriter(sink: sink))
        try sink.flush()
    } setup: {
        try ScratchArchive(holding: try Corpus.preparedArticles())
    } teardown: {
        ScratchArchive.removeAll()
    }
}

/// The texts ClaimExtractor reads for an article: its sections, or one empty lead section for a title-only
/// article (as `PreparedArticle` does).
func extractedTexts(of document: ArticleDocument) -> [String] {
    document.sections.isEmpty ? [""] : document.sections.map(\.text)
}

extension Duration {
    var nanoseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
    }
}
