package dev.attache.core.attribution;

import java.util.List;
import org.junit.jupiter.api.Test;

import static dev.attache.core.attribution.AttributionProbe.find;
import static dev.attache.core.attribution.AttributionProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How speakers are described (role, organization) and found again, on sentences written for this test. */
class SpeakerDescriptionTest {

    @Test
    void aPossessiveCountryWithAPostOfLowerCaseWordsStaysTheRole() {
        String t = "Kofi Adu, Zanora’s minister of mines, said the mine would close.";
        Speaker s = speaker(t, "the mine");
        assertEquals("Kofi Adu", s.name());
        assertEquals("Zanora’s minister of mines", s.role());
        assertFalse(s.organization().equals("mines"));
        assertTrue(s.organization().isEmpty() || s.organization().equals("Zanora"));
    }

    @Test
    void roleAtOrganizationKeepsTheArticlesLeadingThe() {
        String t = "Ida Voss, a senior specialist at the Center for Northern Studies at the College of Law, "
                + "told Radio Vela: “It cannot happen.”";
        Speaker s = speaker(t, "“It cannot");
        assertEquals("senior specialist", s.role());
        assertEquals("the Center for Northern Studies at the College of Law", s.organization());
    }

    @Test
    void aNameBeforeItsAppositiveIsTheSpeakerNotTheDescription() {
        assertEquals("Harbor Trust", speaker("The Harbor Trust, the conservative advocacy group, said the pier would "
                + "close.", "the pier").name());
        assertEquals("Zanora", speaker("Zanora, one of the countries Hale visited, said the pier would close.",
                "the pier").name());
        assertFalse(speaker("Democrats, meanwhile, said the pier would close.", "the pier").isNamed()); // a group
    }

    @Test
    void aCompanyNamedWithItsLegalFormIsTheCompanyNotAPerson() {
        assertEquals("Hale and Brand's Corp", speaker("Hale and Brand's Corp said it would buy the pier.", "it would")
                .name());
        assertEquals("Holm & Dane Ltd", speaker("Holm & Dane Ltd said it would buy the pier.", "it would").name());
        // its short name in parentheses does not make "First" a title and "Vell Ltd" a person
        assertEquals("Harbor Suisse First Vell Ltd", speaker("Harbor Suisse First Vell Ltd (HSFV) said it would buy "
                + "the pier.", "it would").name());
        String body = "The Harbor Safety Administration (HSA) said the pier was unsafe. It said repairs would take a year.";
        assertEquals("Harbor Safety Administration", speaker(body, "repairs").name());
    }

    @Test
    void anOrganizationsNameWithOfOrForIsKeptWhole() {
        assertEquals("Centers for Harbor Safety and Prevention", speaker("The Centers for Harbor Safety and Prevention "
                + "said cases rose sharply last week.", "cases rose").name());
        for (String org : List.of("Diocese of Holmdale", "Harbor Academy of Pediatrics", "League of Harbor Voters",
                "Church of Vell")) {
            assertEquals(org, speaker("The " + org + " said the rules would change next year.", "the rules").name());
        }
    }

    @Test
    void aGerundOpeningASentenceIsNoPartOfTheNameAfterIt() {
        String t = "Entrusting Ivo Brand with the port would be a mistake. He said the pier would close for good.";
        assertEquals("Ivo Brand", speaker(t, "the pier").name());
    }

    @Test
    void iAndItsContractionsOpenNoName() {
        String t = "BLITZER: Welcome to the program. I'm Wolf Blitzer in Washington.\n\nHALE: Thank you for having me "
                + "on the show today.\n\nBLITZER: What happens to the pier now?\n\nHALE: The pier will close for good.";
        assertEquals("Wolf Blitzer", speaker(t, "What happens").name());
    }

    @Test
    void aGroupNamedByAProperNounKeepsItsCapital() {
        String t = "Turnout rose in Zanora last year. Zanora organizers said the pier would close. Officials said "
                + "the pier would stay. The officials met on Monday.";
        assertEquals("Zanora organizers", speaker(t, "the pier would close").name());
        assertEquals("officials", speaker(t, "the pier would stay").name()); // the capital was the sentence's
        assertEquals("U.S. officials", speaker("U.S. officials said the pier would close.", "the pier").name());
    }

    @Test
    void theOwnerOfANounCueIsTheSpeakerNotTheNounPhrase() {
        String t = "Ivo Hale spoke on Monday. Hale’s controversial nuclear pledge comes as the port struggles.";
        assertEquals("Ivo Hale", speaker(t, "comes as").name());
        String u = "Ivo Hale spoke on Monday. Hale’s aides say the port will reopen.";
        assertEquals("Hale’s aides", speaker(u, "the port").name());
    }

    @Test
    void aTitleOfOfficeWithItsOfStaysWhole() {
        String t = "Ida Voss, Zanora's Director of Coastal Intelligence, said the port was safe.";
        Speaker s = speaker(t, "the port");
        assertEquals("Zanora's Director of Coastal Intelligence", s.role());
        assertEquals("Ida Voss, Zanora's Director of Coastal Intelligence", s.describe());
        Speaker u = speaker("Omar Tekin, Secretary of the Harbor Board, said the port was safe.", "the port");
        assertEquals("Secretary of the Harbor Board", u.role());
    }

    @Test
    void headOfADepartmentOfACenterSplitsAtTheLastOfThe() {
        String t = "Omar Tekin, Head of the Baltic Analytical Department of the Nordic Research Center, said: "
                + "“There are risks.”";
        Speaker s = speaker(t, "“There are");
        assertEquals("Head of the Baltic Analytical Department", s.role());
        assertEquals("the Nordic Research Center", s.organization());
    }

    @Test
    void relativeClausesAndRemarksAfterTheRoleAreDropped() {
        String t = "Senator Rosa Quill, a Harbor Party veteran who has met privately with the mayor, said the vote would pass.";
        assertEquals("Harbor Party veteran", speaker(t, "the vote").role());
        String t2 = "Lea Brandt, executive director of Harbor Nurses United, a union that left the federation, "
                + "said it would strike.";
        Speaker s = speaker(t2, "it would");
        assertEquals("Lea Brandt", s.name());
        assertEquals("executive director", s.role());
        assertEquals("Harbor Nurses United", s.organization());
    }

    @Test
    void anAgeBeforeTheAppositiveIsSkipped() {
        String t = "Cara Dunne, 67, a retired nurse in Dayton, Ohio, said the clinic had closed.";
        Speaker s = speaker(t, "the clinic");
        assertEquals("Cara Dunne", s.name());
        assertEquals("retired nurse in Dayton", s.role());
    }

    @Test
    void theAnalystResolvesToTheAnalystTheArticleIntroduced() {
        String t = "Jonah Pell, a senior grains analyst at Grainline Analytics, said wheat was cheap. "
                + "Pell spoke to reporters on Monday.\n\n“Prices will fall again,” the analyst said.";
        Speaker s = speaker(t, "“Prices will");
        assertEquals("Jonah Pell", s.name());
        assertEquals("senior grains analyst", s.role());
        assertEquals("Grainline Analytics", s.organization());
    }

    @Test
    void anOfficeEndingInGeneralIsNoGeneral() {
        String general = "Maj. Gen. Ivo Darr, the commanding general of the 7th Harbor Division, was reported killed.\n\n";
        assertEquals("Ivo Darr", speaker(general + "“The port is closed,” the general said.", "“The port").name());
        Speaker office = speaker(general + "“Nine schools were destroyed,” the attorney general’s office said.", "“Nine");
        assertFalse(office.isNamed());
        assertEquals("the attorney general’s office", office.name());
        assertFalse(speaker(general + "“Wear a mask,” the surgeon general said.", "“Wear").isNamed());
        // the office's holder, when the article names one
        assertEquals("Tia Kasp", speaker("Attorney General Tia Kasp sued the port.\n\n" + general
                + "“The port broke the law,” the attorney general said.", "“The port broke").name());
    }

    @Test
    void theOneDescribedSpeaksOnWhenTheArticleNamesNoOne() {
        String t = "A Harbor Board spokesman told a briefing that the pier would close.\n\n"
                + "He said repairs would take a year.\n\nThe spokesman said the cost was not yet known.";
        assertEquals("a Harbor Board spokesman", speaker(t, "repairs would").name());
        assertEquals("a Harbor Board spokesman", speaker(t, "the cost was").name());
        // a "she" is not the spokesman, nor "he" a spokeswoman
        String other = "A Harbor Board spokesman told a briefing that the pier would close.\n\nShe said repairs would "
                + "take a year.";
        assertTrue(find(other, "repairs would").speaker().isEmpty());
        // a publication is no one who goes on speaking
        String paper = "A newspaper reported that the pier would close.\n\nHe said repairs would take a year.";
        assertTrue(find(paper, "repairs would").speaker().isEmpty());
    }

    @Test
    void aGroupOpeningItsSentenceIsNoPersonForALaterHe() {
        String t = "Traders said prices fell sharply on Monday. They said the market would recover by June.\n\n"
                + "Jo Hale, a broker at Vell Securities, said the fall was brief. Dealers said the yen was weak. "
                + "He said it would recover.";
        assertEquals("traders", speaker(t, "the market would recover").name());
        assertEquals("Jo Hale", speaker(t, "it would recover").name());
    }

    @Test
    void aGroupNamedAfterABodyKeepsTheBodysCapitals() {
        assertEquals("Finance Ministry officials", speaker("Finance Ministry officials said the budget would pass.",
                "the budget").name());
        assertEquals("former Vell Bank executives", speaker("Former Vell Bank executives said the budget would pass.",
                "the budget").name());
        assertEquals("officials", speaker("Officials said the budget would pass.", "the budget").name());
    }

    @Test
    void aNominalMentionWithoutAFittingPersonStaysAnUnresolvedMention() {
        String t = "Jonah Pell, a senior grains analyst at Grainline Analytics, said wheat was cheap.\n\n"
                + "“The harbor is full,” the captain said.";
        Speaker s = speaker(t, "“The harbor");
        assertEquals("the captain", s.name());
        assertFalse(s.isNamed());
    }

    @Test
    void thePersonIsTheNameAfterARoleHeldForAnother() {
        String t = "“We will fight this,” Jo Hale’s campaign manager, Tom Kasp, said.";
        assertEquals("Tom Kasp", speaker(t, "“We will").name());
        String t2 = "“We will fight this,” said Harbor League president Jo Hale.";
        Speaker s = speaker(t2, "“We will");
        assertEquals("Jo Hale", s.name());
        assertEquals("president", s.role());
        assertEquals("Harbor League", s.organization());
    }

    @Test
    void aNameAppositiveAfterAnIndefiniteRoleNamesThePerson() {
        String t = "“The river is rising,” one resident, Tia Kasp, said.";
        assertEquals("Tia Kasp", speaker(t, "“The river").name());
    }

    @Test
    void aParticipleAfterANameIsNoRole() {
        String t = "“The river is rising,” Dara Holm, speaking at a town meeting, said.";
        Speaker s = speaker(t, "“The river");
        assertEquals("Dara Holm", s.name());
        assertEquals("", s.role());
    }

    @Test
    void theVerbAfterANamesClosingCommaIsNoRoleButThePhraseBeforeTheNameIs() {
        String t = "The mayor’s spokeswoman, Tia Kasp, said the pier “will stay open.”";
        Speaker s = speaker(t, "the pier");
        assertEquals("Tia Kasp", s.name());
        assertEquals("mayor’s spokeswoman", s.role());
    }

    @Test
    void theDescriptionOfAnUnnamedSourceIsThatSourceNotAPersonNamedBeforeWithTheSameRole() {
        String t = "“We welcome the investment,” said Omar Hale, a mining official in Vell.\n\n"
                + "The committee then blocked the sale, according to a former civilian official.\n\n"
                + "“The officers saw the civilians as an obstacle,” the former official added.";
        Speaker s = speaker(t, "“The officers");
        assertEquals("a former civilian official", s.name()); // as the article first described them
        assertFalse(s.isNamed());
        String goesOn = t + " “They wanted the gold,” he said.";
        assertEquals("a former civilian official", speaker(goesOn, "“They wanted").name());
        String named = "The committee then blocked the sale, according to a former civilian official.\n\n"
                + "“We welcome the investment,” said Omar Hale, a mining official in Vell.\n\n"
                + "“The officers saw the civilians as an obstacle,” the official added.";
        assertEquals("Omar Hale", speaker(named, "“The officers").name()); // named after the unnamed one
    }

    @Test
    void statisticsAreNoPerson() {
        String t = "Zanora’s official Foreign Trade Statistics list its gold exports at zero.\n\n"
                + "“The officers saw the civilians as an obstacle,” the official said.";
        assertFalse(speaker(t, "“The officers").isNamed());
    }

    @Test
    void aRoleOfAPersonKeepsThePersonInTheRole() {
        Speaker s = speaker("Omar Hale, a top confidant of President Jo Kasp, said the harbour would close.", "the harbour");
        assertEquals("top confidant of President Jo Kasp", s.role());
        assertEquals("", s.organization());
        Speaker ally = speaker("Omar Hale, a key ally of Vladimir Kasp, said the harbour would close.", "the harbour");
        assertEquals("key ally of Vladimir Kasp", ally.role());
        Speaker bank = speaker("Mark Hale, chief economist of Lindenfeld Bank, said rates would fall.", "rates");
        assertEquals("Lindenfeld Bank", bank.organization());
        Speaker firm = speaker("Mark Hale, an analyst with John Kasp & Colvard, said rates would fall.", "rates");
        assertEquals("John Kasp & Colvard", firm.organization());
    }

    @Test
    void anOrganizationsNounNamesTheBodyNotWhoeverHoldsAPostInIt() {
        String t = "Jo Hale, the company's former chief technology officer, left in May. "
                + "The company said the harbour contract would be renewed.";
        Speaker s = speaker(t, "the harbour contract");
        assertEquals("the company", s.name());
        assertFalse(s.isNamed());
        String services = "Data from the Vell Department of State Health Services showed 40 new cases on Monday. "
                + "“We are worried about the harbour,” she said.";
        assertFalse(AttributionProbe.find(services, "“We are worried").speaker().map(Speaker::isNamed).orElse(false),
                "no person \"Health Services\"");
    }
}
