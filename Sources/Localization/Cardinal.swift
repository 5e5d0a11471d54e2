/// A small count in words, as running text writes it ("six ways", "sechs Wege"); digits from 13 on.
public func cardinal(_ n: Int, _ language: Language) -> String {
    let english = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
    let german = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"]
    guard english.indices.contains(n) else { return String(n) }
    return language == .de ? german[n] : english[n]
}
