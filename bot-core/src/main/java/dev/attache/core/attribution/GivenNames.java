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

    private static final Set<String> MALE = Words.set("aaron", "abdullah", "adam", "ahmad", "ahmed", "al", "alan",
            "albert", "alberto", "alejandro", "alexander", "alexei", "ali", "amit", "andrei", "andres", "andrew",
            "andy", "anthony", "antonio", "antony", "arthur", "arvind", "barack", "barry", "ben", "benjamin", "bernard",
            "bernie", "bill", "billy", "bob", "bobby", "boris", "brad", "brandon", "brent", "brett", "brian", "bruce",
            "bryan", "carl", "carlos", "chad", "charles", "charlie", "chris", "christian", "christopher", "chuck",
            "colin", "craig", "cristiano", "dan", "daniel", "danny", "dave", "david", "dean", "dennis", "derek", "dick",
            "diego", "dmitri", "dmitry", "don", "donald", "doug", "douglas", "dylan", "earl", "ed", "edward", "elijah",
            "emmanuel", "enrique", "eric", "ethan", "eugene", "evan", "felipe", "fernando", "francis", "francisco",
            "frank", "fred", "frederick", "friedrich", "fumio", "gabriel", "gary", "gavin", "george", "gerald",
            "gerhard", "glenn", "gordon", "greg", "gregory", "gustavo", "hakeem", "hamid", "hans", "harold", "harry",
            "hassan", "helmut", "henry", "herman", "howard", "hugh", "hugo", "hunter", "ian", "ibrahim", "igor", "ivan",
            "jack", "jacob", "jair", "jake", "james", "jared", "jason", "javier", "jeb", "jeff", "jeffrey", "jens",
            "jeremy", "jerome", "jerry", "jesse", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan",
            "jorge", "jose", "joseph", "josh", "joshua", "juan", "justin", "karl", "keir", "keith", "ken", "kenneth",
            "kevin", "khalid", "kirk", "kurt", "kwasi", "kyle", "kylian", "larry", "lawrence", "leon", "leonard",
            "lionel", "lloyd", "louis", "luis", "luke", "mahmoud", "manuel", "marc", "marco", "marcus", "mario", "mark",
            "markus", "martin", "matt", "matthew", "max", "michael", "miguel", "mike", "mikhail", "mitch", "mitt",
            "mohamed", "mohammed", "muhammad", "mustafa", "naftali", "narendra", "nate", "nathan", "neil", "newt",
            "nicholas", "nick", "nicolas", "nigel", "nikolai", "noah", "norman", "olaf", "oleg", "olivier", "omar",
            "patrick", "paul", "pedro", "pete", "peter", "phil", "philip", "pierre", "rafael", "rahul", "ralph", "rand",
            "randy", "ray", "raymond", "recep", "reince", "ricardo", "rich", "richard", "rick", "ricky", "rishi", "rob",
            "robert", "roberto", "roger", "ron", "ronald", "roy", "rudy", "russell", "ryan", "sajid", "samuel", "scott",
            "sean", "sergei", "sergey", "sergio", "seth", "shane", "shawn", "shinzo", "stanley", "stephen", "steve",
            "steven", "stuart", "ted", "terry", "thomas", "tiger", "tim", "timothy", "todd", "tom", "tommy", "tony",
            "travis", "troy", "tucker", "tyler", "victor", "viktor", "vincent", "vladimir", "volodymyr", "walter",
            "wayne", "william", "willie", "wolfgang", "xavier", "yair", "yevgeny", "yuri", "yusuf", "zach", "zachary");

    private static final Set<String> FEMALE = Words.set("abby", "abigail", "alexandria", "alice", "alison", "allison",
            "amanda", "amber", "amy", "andrea", "angela", "ann", "anna", "annalena", "anne", "annie", "ashley", "ava",
            "barbara", "beth", "betty", "beverly", "beyonce", "brenda", "brittany", "carly", "carol", "caroline",
            "carolyn", "carrie", "catherine", "charlotte", "chelsea", "cheryl", "christina", "christine", "cindy",
            "claire", "condoleezza", "courtney", "cynthia", "danielle", "deb", "debbie", "deborah", "debra", "denise",
            "diana", "diane", "dianne", "donna", "dorothy", "eleanor", "elena", "elise", "elizabeth", "ellen", "emily",
            "emma", "erin", "eva", "evelyn", "fiona", "frances", "gina", "giorgia", "gloria", "grace", "gretchen",
            "hannah", "heather", "heidi", "helen", "hilary", "hillary", "huma", "ilhan", "irene", "isabella", "ivanka",
            "jacinda", "jacqueline", "jane", "janet", "janice", "jen", "jennifer", "jessica", "jill", "joan", "joyce",
            "judith", "judy", "julia", "julie", "kaja", "kamala", "karen", "kate", "katherine", "kathleen", "kathryn",
            "kathy", "katie", "kay", "kellyanne", "kemi", "ketanji", "kimberly", "kirsten", "kirstie", "kristen",
            "kristi", "kristin", "kyrsten", "laura", "lauren", "linda", "lindsay", "lisa", "liz", "loretta", "lori",
            "lucy", "lynn", "margaret", "maria", "marie", "marilyn", "marine", "marjorie", "marsha", "martha", "mary",
            "maxine", "mazie", "meg", "megan", "melania", "melissa", "mette", "mia", "michelle", "molly", "monica",
            "nancy", "naomi", "natalie", "nicola", "nicole", "nikki", "olivia", "pamela", "patricia", "penny", "priti",
            "rachel", "rashida", "rebecca", "rosa", "rosalynn", "ruth", "sally", "samantha", "sandra", "sanna", "sara",
            "sarah", "serena", "sharon", "sheila", "shirley", "simone", "sonia", "sophia", "stacey", "stephanie", "sue",
            "suella", "susan", "suzanne", "sylvia", "tammy", "teresa", "theresa", "tiffany", "tina", "tulsi", "ursula",
            "valerie", "venus", "victoria", "wendy", "whitney", "yvonne", "zoe");

    private GivenNames() {
    }

    /** 'm', 'f', or '?' for the first word of a person's name. */
    static char gender(String firstName) {
        String w = firstName.toLowerCase(Locale.ROOT);
        return MALE.contains(w) ? 'm' : FEMALE.contains(w) ? 'f' : '?';
    }
}
