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
            "ali", "andrew", "andy", "anthony", "antony", "arthur", "barack", "ben", "benjamin", "bernie", "bill",
            "billy", "bob", "bobby", "boris", "brandon", "brian", "bruce", "bryan", "carl", "carlos", "charles",
            "chuck", "colin", "dan", "daniel", "dave", "david", "dennis", "dick", "dmitry", "don", "donald", "doug",
            "douglas", "dylan", "edward", "elijah", "emmanuel", "eric", "ethan", "eugene", "francis", "frank", "fred",
            "frederick", "gabriel", "gary", "george", "gerald", "gordon", "greg", "gregory", "hans", "harold",
            "harry", "hassan", "henry", "herman", "howard", "hugh", "ian", "ivan", "jack", "jacob", "jake", "james",
            "jared", "jason", "jeb", "jeff", "jeffrey", "jeremy", "jerome", "jerry", "jesse", "jim", "joe", "john",
            "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "joshua", "juan", "justin", "keith", "ken",
            "kenneth", "kevin", "kyle", "larry", "lawrence", "leonard", "lloyd", "louis", "luis", "marco", "mark",
            "martin", "matt", "matthew", "michael", "mike", "mitch", "mitt", "mohammed", "muhammad", "narendra",
            "nathan", "neil", "newt", "nicholas", "nick", "nicolas", "nigel", "noah", "norman", "olaf", "omar",
            "patrick", "paul", "pedro", "pete", "peter", "philip", "pierre", "rand", "randy", "raymond", "recep",
            "reince", "richard", "rick", "rishi", "rob", "robert", "roger", "ron", "ronald", "roy", "rudy", "russell",
            "ryan", "samuel", "scott", "sean", "sergei", "stanley", "stephen", "steve", "steven", "ted", "terry",
            "thomas", "tim", "timothy", "tom", "tony", "tyler", "viktor", "vincent", "vladimir", "volodymyr",
            "walter", "wayne", "william", "willie", "zachary");

    private static final Set<String> FEMALE = Words.set("abby", "abigail", "alice", "amanda", "amber", "amy",
            "andrea", "angela", "ann", "anna", "anne", "annie", "ashley", "barbara", "beth", "betty", "beverly",
            "brenda", "brittany", "carly", "carol", "carolyn", "catherine", "charlotte", "chelsea", "cheryl",
            "christina", "christine", "claire", "condoleezza", "cynthia", "danielle", "debbie", "deborah", "debra",
            "denise", "diana", "diane", "dianne", "donna", "dorothy", "eleanor", "elena", "elizabeth", "ellen",
            "emily", "emma", "erin", "eva", "evelyn", "fiona", "frances", "gina", "gloria", "grace", "hannah",
            "heather", "heidi", "helen", "hilary", "hillary", "huma", "irene", "isabella", "ivanka", "jacqueline",
            "jane", "janet", "janice", "jen", "jennifer", "jessica", "jill", "joan", "joyce", "judith", "judy",
            "julia", "julie", "kamala", "karen", "kate", "katherine", "kathleen", "kathryn", "katie", "kellyanne",
            "kimberly", "kirsten", "laura", "lauren", "linda", "lisa", "liz", "loretta", "lucy", "margaret", "maria",
            "marie", "marilyn", "marsha", "martha", "mary", "maxine", "meg", "megan", "melania", "melissa",
            "michelle", "molly", "nancy", "natalie", "nicole", "nikki", "olivia", "pamela", "patricia", "rachel",
            "rebecca", "rosa", "ruth", "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shirley",
            "sonia", "sophia", "stephanie", "sue", "susan", "sylvia", "tammy", "teresa", "theresa", "tina", "valerie",
            "victoria", "wendy");

    private GivenNames() {
    }

    /** 'm', 'f', or '?' for the first word of a person's name. */
    static char gender(String firstName) {
        String w = firstName.toLowerCase(Locale.ROOT);
        return MALE.contains(w) ? 'm' : FEMALE.contains(w) ? 'f' : '?';
    }
}
