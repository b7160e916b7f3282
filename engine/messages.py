"""Sentences the engine writes for a person, translatable while the engine stays free of Qt.

An error a student may read carries a Message: an English template with named
fields, e.g. ``ValueError(Message("batch_size is {batch_size} but ...", batch_size=500))``.
str() of the message (and so of the exception) is the English sentence. The GUI
translates the template (Qt context "Engine") before it fills in the fields, so a
Chinese or Japanese reader gets the whole sentence in their language. A field
may itself be a Message (a clause such as " at position 4"), translated the same
way. Templates are literals at the call, so scripts/i18n_tool.py can find them.
"""


class Message:
    """An English template with named fields; format(translate) gives the sentence."""
    __slots__ = ("template", "fields")

    def __init__(self, template, **fields):
        self.template = template
        self.fields = fields

    def format(self, translate=None):
        """The sentence, with the template and every Message field passed through translate first."""
        values = {key: value.format(translate) if isinstance(value, Message) else value
                  for key, value in self.fields.items()}
        template = self.template if translate is None else translate(self.template)
        return template.format(**values)

    def __str__(self):
        return self.format()

    def __contains__(self, text):
        """`"jump" in message` asks the English sentence, as it would a str."""
        return text in str(self)

    def __repr__(self):
        return f"Message({self.template!r}, **{self.fields!r})"

    def __eq__(self, other):
        return isinstance(other, Message) and (self.template, self.fields) == (other.template,
                                                                               other.fields)

    def __hash__(self):
        return hash(self.template)


def message_of(error):
    """The Message an exception was raised with (its only argument), or None."""
    args = getattr(error, "args", ())
    return args[0] if len(args) == 1 and isinstance(args[0], Message) else None
