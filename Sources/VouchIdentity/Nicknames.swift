/// Common English given-name nicknames and their formal names.
///
/// `Bob` finds `Robert`, `Liz` finds `Elizabeth`, `Bill` finds `William`. Two given names are
/// equivalent when they are equal or share a formal name in this table.
public enum Nicknames {
    /// True when two folded given names can denote the same person.
    public static func equivalent(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        // Formal names map to themselves, so this covers nickname-formal and nickname-nickname.
        guard let left = nicknameToFormal[lhs], let right = nicknameToFormal[rhs] else { return false }
        return !left.isDisjoint(with: right)
    }

    /// The formal names a given name may stand for, including itself.
    public static func formalNames(of name: String) -> Set<String> {
        var result: Set<String> = [name]
        if let formals = nicknameToFormal[name] { result.formUnion(formals) }
        return result
    }

    private static let table: [String: [String]] = [
        "abigail": ["abby", "abbie", "gail"], "abraham": ["abe"], "albert": ["al", "bert", "bertie"],
        "alexander": ["alex", "al", "sandy", "xander", "sasha", "lex"],
        "alexandra": ["alex", "sandra", "sandy", "lexi", "sasha"],
        "alfred": ["al", "alf", "fred", "freddie"], "alison": ["ali", "allie"], "allison": ["ali", "allie"],
        "amanda": ["mandy", "manda"], "andrea": ["andi", "andie"], "andrew": ["andy", "drew"],
        "angela": ["angie"], "anthony": ["tony", "ant"], "antonio": ["tony"], "arthur": ["art", "artie"],
        "barbara": ["barb", "babs", "barbie"], "benjamin": ["ben", "benji", "benny"], "bernard": ["bernie"],
        "beverly": ["bev"], "bradley": ["brad"], "bridget": ["bridge", "biddy"], "calvin": ["cal"],
        "cameron": ["cam"], "caroline": ["carrie", "caro"], "catherine": ["cathy", "kate", "katie", "cat", "kat"],
        "charles": ["charlie", "chuck", "chas", "chaz"], "charlotte": ["charlie", "lottie", "char"],
        "christina": ["chris", "tina", "christy"], "christine": ["chris", "tina", "christy"],
        "christopher": ["chris", "kit", "topher"], "cynthia": ["cindy"], "daniel": ["dan", "danny"],
        "danielle": ["dani"], "david": ["dave", "davey"], "deborah": ["deb", "debbie", "debra"],
        "dennis": ["denny"], "dominic": ["dom"], "donald": ["don", "donnie"], "dorothy": ["dot", "dottie"],
        "douglas": ["doug"], "edward": ["ed", "eddie", "ted", "ned"], "eleanor": ["ellie", "nell", "nora"],
        "elizabeth": ["liz", "lizzie", "beth", "betty", "eliza", "libby", "betsy", "lisa", "elsie"],
        "emily": ["em", "emmy"], "eugene": ["gene"], "frances": ["fran", "frannie"],
        "francis": ["frank", "fran"], "frederick": ["fred", "freddie", "rick"], "gabriel": ["gabe"],
        "gabriella": ["gabby", "ella"], "gabrielle": ["gabby"], "gerald": ["gerry", "jerry"],
        "gregory": ["greg"], "gwendolyn": ["gwen"], "harold": ["hal", "harry"], "henry": ["hank", "harry", "hal"],
        "herbert": ["herb", "bert"], "isaac": ["ike"], "isabella": ["bella", "izzy", "isa"],
        "isabel": ["bella", "izzy", "isa"], "jacob": ["jake"], "jacqueline": ["jackie"],
        "james": ["jim", "jimmy", "jamie", "jem"], "janet": ["jan"], "jeffrey": ["jeff"],
        "jennifer": ["jen", "jenny", "jenn"], "jessica": ["jess", "jessie"], "joan": ["joanie"],
        "john": ["jack", "johnny", "jon"], "jonathan": ["jon", "jonny", "nate"], "joseph": ["joe", "joey"],
        "josephine": ["jo", "josie"], "joshua": ["josh"], "judith": ["judy", "jude"], "julia": ["julie"],
        "katherine": ["kate", "kathy", "katie", "kat", "kay", "kit"], "kathleen": ["kathy", "kate", "katie"],
        "kenneth": ["ken", "kenny"], "kimberly": ["kim"], "laurence": ["larry", "laurie"],
        "lawrence": ["larry", "laurie"], "leonard": ["leo", "len", "lenny"], "leslie": ["les"],
        "louis": ["lou"], "louise": ["lou"], "lucille": ["lucy"], "madeline": ["maddie", "maddy"],
        "margaret": ["maggie", "meg", "peggy", "marge", "margie", "greta", "daisy"], "marjorie": ["marge"],
        "martha": ["marty", "mattie"], "martin": ["marty"], "matthew": ["matt", "matty"],
        "maximilian": ["max"], "maxwell": ["max"], "megan": ["meg"], "melissa": ["mel", "missy"],
        "melanie": ["mel"], "michael": ["mike", "mikey", "mick", "mickey"], "michelle": ["shelly", "chelle"],
        "mitchell": ["mitch"], "nancy": ["nan"], "natalie": ["nat"], "nathan": ["nate", "nat"],
        "nathaniel": ["nate", "nat", "nathan"], "nicholas": ["nick", "nicky", "nico"], "nicole": ["nikki", "nicky"],
        "oliver": ["ollie"], "olivia": ["liv", "livvy"], "pamela": ["pam"],
        "patricia": ["pat", "patty", "trish", "tricia"],
        "patrick": ["pat", "paddy"], "penelope": ["penny"], "peter": ["pete"], "philip": ["phil"],
        "phillip": ["phil"], "rebecca": ["becky", "becca"], "richard": ["rich", "rick", "ricky", "dick", "richie"],
        "robert": ["bob", "bobby", "rob", "robbie", "bert"], "roberta": ["bobbie", "robbie"],
        "ronald": ["ron", "ronnie"], "rosemary": ["rose", "rosie"], "samantha": ["sam", "sammy"],
        "samuel": ["sam", "sammy"], "sandra": ["sandy"], "sarah": ["sally", "sadie"], "stephanie": ["steph"],
        "stephen": ["steve", "stevie"], "steven": ["steve", "stevie"], "stuart": ["stu"],
        "susan": ["sue", "susie", "suzy"],
        "suzanne": ["sue", "suzy"], "sylvia": ["syl"], "terence": ["terry"], "theodore": ["ted", "teddy", "theo"],
        "thomas": ["tom", "tommy"], "timothy": ["tim", "timmy"], "valerie": ["val"],
        "victoria": ["vicky", "tori", "vic"],
        "vincent": ["vince", "vinny"], "walter": ["walt", "wally"],
        "william": ["bill", "will", "billy", "willy", "liam"],
        "zachary": ["zach", "zack"], "zoe": ["zoey"],
    ]

    private static let nicknameToFormal: [String: Set<String>] = {
        var map: [String: Set<String>] = [:]
        for (formal, nicknames) in table {
            map[formal, default: []].insert(formal)
            for nickname in nicknames { map[nickname, default: []].insert(formal) }
        }
        return map
    }()
}
