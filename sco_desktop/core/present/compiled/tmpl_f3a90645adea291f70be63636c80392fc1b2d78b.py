from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'page.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_stylesheet = resolve('stylesheet')
    l_0_kind_label = resolve('kind_label')
    l_0_after_as_of = resolve('after_as_of')
    l_0_subject = resolve('subject')
    l_0_page = resolve('page')
    l_0_notes = resolve('notes')
    l_0_m = l_0_later = missing
    pass
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'page.html').make_module(context.get_all(), True, {'later': l_0_later, 'm': l_0_m})
    context.exported_vars.discard('m')
    yield '<html><head>'
    if (undefined(name='stylesheet') if l_0_stylesheet is missing else l_0_stylesheet):
        pass
        yield '<style>'
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='stylesheet') if l_0_stylesheet is missing else l_0_stylesheet)))
        yield '</style>'
    yield "</head><body><p class='kind'>"
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='kind_label') if l_0_kind_label is missing else l_0_kind_label)))
    yield '</p>'
    l_0_later = context.call((undefined(name='after_as_of') if l_0_after_as_of is missing else l_0_after_as_of), (undefined(name='subject') if l_0_subject is missing else l_0_subject))
    context.vars['later'] = l_0_later
    context.exported_vars.add('later')
    if (undefined(name='later') if l_0_later is missing else l_0_later):
        pass
        yield "<p class='note'><b>"
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='later') if l_0_later is missing else l_0_later)))
        yield '</b></p>'
    yield from context.blocks['body'][0](context)
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'provenance'), context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'provenance'), (undefined(name='subject') if l_0_subject is missing else l_0_subject)))))
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'analyst_notes'), (undefined(name='notes') if l_0_notes is missing else l_0_notes))))
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'sources_list'))))
    yield '</body></html>'

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'body': block_body}
debug_info = '2=18&4=21&5=27&6=29&7=37&8=38&9=39&11=40&7=43'