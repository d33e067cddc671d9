package dev.attache.core.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The adjectives and nationality nouns of countries and continents, indexed as the place itself:
 * "Ukrainian President Zelensky" answers "Who is the president of Ukraine?", and a passage on "the
 * European Community" one about Europe. Porter stemming leaves these pairs apart ("ukrainian",
 * "ukrain"). Each word and its plural ("Ukrainians") get the place's stem; a word that is also an
 * everyday word of another sense ("English", "Pole") is left out.
 */
final class PlaceAdjectives {

    /** Place, then the words that name what belongs to it, lower case. */
    private static final String TABLE = """
            afghanistan afghan
            africa african
            albania albanian
            algeria algerian
            america american
            angola angolan
            argentina argentine argentinian argentinean
            armenia armenian
            asia asian
            australia australian
            austria austrian
            azerbaijan azerbaijani azeri
            bahrain bahraini
            bangladesh bangladeshi
            belarus belarusian
            belgium belgian
            bolivia bolivian
            bosnia bosnian
            brazil brazilian
            britain british briton
            bulgaria bulgarian
            burma burmese
            cambodia cambodian
            cameroon cameroonian
            canada canadian
            chile chilean
            china chinese
            colombia colombian
            croatia croatian
            cuba cuban
            cyprus cypriot
            denmark danish
            ecuador ecuadorian
            egypt egyptian
            eritrea eritrean
            estonia estonian
            ethiopia ethiopian
            europe european
            finland finnish
            france french
            georgia georgian
            germany german
            ghana ghanaian
            greece greek
            guatemala guatemalan
            haiti haitian
            honduras honduran
            hungary hungarian
            iceland icelandic
            india indian
            indonesia indonesian
            iran iranian
            iraq iraqi
            ireland irish
            israel israeli
            italy italian
            jamaica jamaican
            japan japanese
            jordan jordanian
            kazakhstan kazakh
            kenya kenyan
            korea korean
            kosovo kosovar
            kuwait kuwaiti
            latvia latvian
            lebanon lebanese
            libya libyan
            lithuania lithuanian
            malaysia malaysian
            mexico mexican
            moldova moldovan
            mongolia mongolian
            morocco moroccan
            nepal nepalese nepali
            netherlands dutch
            nicaragua nicaraguan
            nigeria nigerian
            norway norwegian
            pakistan pakistani
            palestine palestinian
            panama panamanian
            peru peruvian
            philippines philippine filipino
            poland polish
            portugal portuguese
            qatar qatari
            romania romanian
            russia russian
            rwanda rwandan
            scotland scottish
            senegal senegalese
            serbia serbian
            singapore singaporean
            slovakia slovak slovakian
            slovenia slovenian
            somalia somali
            spain spanish spaniard
            sudan sudanese
            sweden swedish
            switzerland swiss
            syria syrian
            taiwan taiwanese
            tanzania tanzanian
            thailand thai
            tunisia tunisian
            turkey turkish
            uganda ugandan
            ukraine ukrainian
            uruguay uruguayan
            uzbekistan uzbek
            venezuela venezuelan
            vietnam vietnamese
            wales welsh
            yemen yemeni
            zambia zambian
            zimbabwe zimbabwean
            """;

    private static final StemmerOverrideMap MAP = build();
    private static final Set<String> PLACES = TABLE.strip().lines().map(line -> porterStem(line.split(" ")[0]))
            .collect(Collectors.toUnmodifiableSet());

    private PlaceAdjectives() {
    }

    /** Whether an analysed term is a place of the table ("japan" for "Japan" and "Japanese"). */
    static boolean isPlace(String term) {
        return PLACES.contains(term);
    }

    /** {@code words} (lower case, before stemming) with each adjective replaced by its place's stem. */
    static TokenStream filter(TokenStream words) {
        return new StemmerOverrideFilter(words, MAP);
    }

    private static StemmerOverrideMap build() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        for (String line : TABLE.strip().split("\n")) {
            String[] words = line.split(" ");
            String place = porterStem(words[0]);
            for (int i = 1; i < words.length; i++) {
                builder.add(words[i], place);
                builder.add(words[i] + "s", place);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String porterStem(String word) {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(word));
        try (TokenStream stem = new PorterStemFilter(tokenizer)) {
            CharTermAttribute term = stem.addAttribute(CharTermAttribute.class);
            stem.reset();
            stem.incrementToken();
            String stemmed = term.toString();
            stem.end();
            return stemmed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
