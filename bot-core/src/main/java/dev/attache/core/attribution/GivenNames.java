package dev.attache.core.attribution;

import java.util.Locale;
import java.util.Set;

/**
 * The gender a common given name tells, so that "she" does not take "Bill Clinton" and "Mrs.
 * Clinton" is not taken for him when the article never used a pronoun or an honorific for either.
 * Only names that are given to one gender far more often than the other are listed ("Jordan",
 * "Kelly", "Jean" and "Lindsey" are not); any other name leaves the gender unknown.
 */
final class GivenNames {

    private static final Set<String> MALE = Words.set("aaron", "adam", "ahmed", "al", "alan", "albert", "alexander",
            "ali", "andrew", "anthony", "arthur", "barack", "ben", "benjamin", "bernie", "bill", "billy", "bob", "bobby",
            "boris", "brandon", "brian", "bruce", "bryan", "carl", "carlos", "charles", "chuck", "colin", "dan", "daniel",
            "david", "dennis", "dick", "dmitry", "donald", "douglas", "dylan", "edward", "elijah", "emmanuel", "eric",
            "ethan", "eugene", "frank", "francis", "fred", "frederick", "gabriel", "gary", "george", "gerald", "gordon",
            "gregory", "hans", "harold", "harry", "hassan", "henry", "herman", "howard", "hugh", "ian", "ivan", "jack",
            "jacob", "james", "jason", "jeb", "jeffrey", "jeremy", "jerry", "jesse", "jim", "joe", "john", "johnny", "jon",
            "jonathan", "jorge", "jose", "joseph", "joshua", "juan", "justin", "keith", "kenneth", "kevin", "kyle",
            "larry", "lawrence", "leonard", "louis", "luis", "marco", "mark", "martin", "matthew", "michael", "mike",
            "mitch", "mitt", "mohammed", "muhammad", "nathan", "neil", "newt", "nicholas", "nicolas", "nigel", "noah",
            "norman", "omar", "patrick", "paul", "pedro", "peter", "philip", "pierre", "rand", "randy", "raymond",
            "reince", "richard", "rick", "robert", "roger", "ron", "ronald", "roy", "rudy", "russell", "ryan", "samuel",
            "scott", "sean", "sergei", "stanley", "stephen", "steven", "ted", "terry", "thomas", "tim", "timothy", "tom",
            "tony", "tyler", "viktor", "vincent", "vladimir", "walter", "wayne", "william", "willie", "zachary");

    private static final Set<String> FEMALE = Words.set("abigail", "alice", "amanda", "amber", "amy", "andrea", "angela",
            "ann", "anna", "anne", "annie", "ashley", "barbara", "betty", "beverly", "brenda", "brittany", "carly",
            "carol", "carolyn", "catherine", "charlotte", "chelsea", "cheryl", "christina", "christine", "claire",
            "condoleezza", "cynthia", "danielle", "debbie", "deborah", "debra", "denise", "diana", "diane", "dianne",
            "donna", "dorothy", "eleanor", "elena", "elizabeth", "ellen", "emily", "emma", "erin", "eva", "evelyn",
            "fiona", "frances", "gina", "gloria", "grace", "hannah", "heather", "heidi", "helen", "hillary", "hilary",
            "huma", "irene", "isabella", "ivanka", "jacqueline", "jane", "janet", "janice", "jennifer", "jessica", "jill",
            "joan", "joyce", "judith", "judy", "julia", "julie", "kamala", "karen", "kate", "katherine", "kathleen",
            "kathryn", "katie", "kellyanne", "kimberly", "kirsten", "laura", "lauren", "linda", "lisa", "liz", "loretta",
            "lucy", "margaret", "maria", "marie", "marilyn", "marsha", "martha", "mary", "maxine", "megan", "melania",
            "melissa", "michelle", "molly", "nancy", "natalie", "nicole", "nikki", "olivia", "pamela", "patricia",
            "rachel", "rebecca", "rosa", "ruth", "sally", "samantha", "sandra", "sarah", "sara", "sharon", "sheila",
            "shirley", "sonia", "sophia", "stephanie", "susan", "sylvia", "tammy", "teresa", "theresa", "tina",
            "valerie", "victoria", "wendy");

    private GivenNames() {
    }

    /** 'm', 'f', or '?' for the first word of a person's name. */
    static char gender(String firstName) {
        String w = firstName.toLowerCase(Locale.ROOT);
        return MALE.contains(w) ? 'm' : FEMALE.contains(w) ? 'f' : '?';
    }
}
